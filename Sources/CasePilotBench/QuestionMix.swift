/// A realistic mix of questions across every category, asked over and over by the latency benchmark.
enum QuestionMix {
    static let questions: [String] = codeLookups + ncci + modifiers + guidelines + coverage + crosswalks + descriptions

    static let codeLookups = [
        "What is CPT code 99213?",
        "what is 99214",
        "G0439?",
        "What does J1100 describe?",
        "What is ICD-10 code E11.9?",
        "what is I10",
        "Explain code M54.5",
        "What is Z00.00?",
        "is 99241 still valid?",
        "what is HCPCS A4253",
        "What is ICD-10-PCS 0DTJ4ZZ?",
        "What is the RVU for 99214?",
    ]

    static let ncci = [
        "Can I bill 20610 with 99213?",
        "Is 93000 bundled with 99214?",
        "can 36415 and 99213 be billed together",
        "PTP edit for 45378 and 45385?",
        "Are 11042 and 97597 bundled?",
        "What is the MUE for 20610?",
        "MUE for J1100",
        "how many units of 96372 can I bill per day",
        "Is 99292 an add-on code?",
        "What is the primary code for 11045?",
        "Can 29881 be billed with 29880 in the outpatient hospital?",
        "MUE of 97110 for outpatient hospital",
    ]

    static let modifiers = [
        "What is modifier 25?",
        "When do I use modifier 59?",
        "modifier XU vs 59",
        "What does modifier GA mean?",
        "Which modifier for a bilateral procedure?",
        "What is modifier 26?",
        "modifier LT",
        "GA or GZ for a service likely to be denied?",
    ]

    static let guidelines = [
        "How do I choose an E/M level by time?",
        "What counts as a new patient?",
        "How do I code sepsis?",
        "When can I code a 'rule out' diagnosis in the outpatient setting?",
        "What is medical decision making?",
        "How do I code hypertension with chronic kidney disease?",
        "What are the rules for incident-to billing?",
        "How are split/shared visits billed?",
    ]

    static let coverage = [
        "Does Medicare cover a screening colonoscopy?",
        "Is an annual wellness visit covered by Medicare?",
        "Does Medicare pay for acupuncture?",
        "How often does Medicare cover a screening mammogram?",
        "Is there an LCD for vitamin D testing?",
        "Does Medicare cover routine foot care?",
        "What is an ABN?",
        "Is a 3D mammogram covered?",
    ]

    static let crosswalks = [
        "What is the ICD-10 equivalent of ICD-9 250.00?",
        "Map ICD-9 401.9 to ICD-10-CM",
        "What does ICD-10 E11.9 map to in ICD-9?",
        "ICD-9 procedure 45.23 in ICD-10-PCS",
        "Which ICD-10 code replaces 414.01?",
    ]

    static let descriptions = [
        "What is the code for type 2 diabetes mellitus without complications?",
        "What is the code for essential (primary) hypertension?",
        "What is the code for a dexamethasone sodium phosphate injection, 1 mg?",
        "code for annual wellness visit subsequent visit",
        "What is the ICD-10 code for low back pain?",
        "What is the code for acute bronchitis, unspecified?",
        "ICD-10 code for major depressive disorder, single episode, unspecified",
        "What is the HCPCS code for a blood glucose test strip?",
        "code for influenza due to unidentified influenza virus with other respiratory manifestations",
    ]
}
