/// Abbreviations and short names coders type for common conditions and supplies, spelled out in
/// the words of the ICD-10-CM and HCPCS titles so that a description search can match them ("COPD
/// with acute exacerbation" → "chronic obstructive pulmonary disease with acute exacerbation",
/// J44.1; "B12 injection" → "vitamin b-12 injection", J3420).
///
/// Only abbreviations with one clinical meaning are listed: "PE" (pulmonary embolism or physical
/// examination) and "MS" are not.
enum ClinicalAbbreviations {
    static let expansions: [String: String] = [
        "abd": "abdominal",
        "adhd": "attention-deficit hyperactivity disorder",
        "afib": "atrial fibrillation",
        "b12": "vitamin b-12",
        "bp": "blood pressure",
        "aki": "acute kidney failure",
        "bph": "benign prostatic hyperplasia",
        "cad": "atherosclerotic heart disease of native coronary artery",
        "chf": "heart failure",
        "ckd": "chronic kidney disease",
        "mrsa": "methicillin resistant staphylococcus aureus",
        "mssa": "methicillin susceptible staphylococcus aureus",
        "staph": "staphylococcus",
        "strep": "streptococcus",
        "copd": "chronic obstructive pulmonary disease",
        "cpap": "continuous positive airway pressure (cpap)",
        "cva": "cerebral infarction",
        "dvt": "deep vein thrombosis",
        "dm2": "type 2 diabetes mellitus",
        "t2dm": "type 2 diabetes mellitus",
        "dm1": "type 1 diabetes mellitus",
        "t1dm": "type 1 diabetes mellitus",
        "esrd": "end stage renal disease",
        "flu": "influenza",
        "fx": "fracture",
        "gerd": "gastro-esophageal reflux disease",
        "hld": "hyperlipidemia",
        "htn": "hypertension",
        "hx": "history",
        "lac": "laceration",
        "luts": "lower urinary tract symptoms",
        "mdd": "major depressive disorder",
        "mi": "myocardial infarction",
        "osa": "obstructive sleep apnea",
        "pcos": "polycystic ovarian syndrome",
        "pvd": "peripheral vascular disease",
        "ptsd": "post-traumatic stress disorder",
        "llq": "left lower quadrant",
        "luq": "left upper quadrant",
        "rlq": "right lower quadrant",
        "ruq": "right upper quadrant",
        "sob": "shortness of breath",
        "tens": "transcutaneous electrical nerve stimulation",
        "brace": "orthosis",
        "braces": "orthoses",
        "uri": "acute upper respiratory infection",
        "uti": "urinary tract infection",
        "xray": "x-ray",
        "xrays": "x-rays",
        "subq": "subcutaneous",
        "subcu": "subcutaneous",
        // What is done, as the titles name it: "removing a foreign body" is a "foreign body removal".
        "removing": "removal",
        "inserting": "insertion",
        "excising": "excision",
        "incising": "incision",
        "draining": "drainage",
        "repairing": "repair",
        "replacing": "replacement",
        "aspirating": "aspiration",
        "injecting": "injection",
    ]

    /// Coders' and patients' names for encounters and conditions, in the words of the ICD-10-CM titles ("well
    /// child visit" → Z00.12- "Encounter for routine child health examination"; "low back pain with
    /// sciatica" → M54.4- "Lumbago with sciatica").
    static let phrases: [(phrase: String, expansion: String)] = [
        ("low back pain with sciatica", "lumbago with sciatica"),
        // "exam" with them is the examination the titles name, not a word of its own.
        ("well child exam", "routine child health examination"),
        ("child health exam", "child health examination"),
        ("well woman exam", "gynecological examination"),
        ("well child", "routine child health examination"),
        ("well baby", "routine child health examination"),
        ("well woman", "gynecological examination"),
        ("annual physical", "general adult medical examination"),
        ("routine physical", "general adult medical examination"),
        // A clearance before surgery is a preprocedural examination (Z01.81-, "other" Z01.818 when
        // it is not only the heart, lungs or labs); a physical for a job a pre-employment one (Z02.1).
        ("preop clearance", "other preprocedural examination"),
        ("pre-op clearance", "other preprocedural examination"),
        ("preoperative clearance", "other preprocedural examination"),
        ("surgical clearance", "other preprocedural examination"),
        ("pre-employment physical", "pre-employment examination"),
        ("preemployment physical", "pre-employment examination"),
        ("employment physical", "pre-employment examination"),
        ("physical for a job", "pre-employment examination"),
        ("job physical", "pre-employment examination"),
        // A trimester as the titles spell it ("UTI in pregnancy, 2nd trimester" is O23.42).
        ("1st trimester", "first trimester"),
        ("2nd trimester", "second trimester"),
        ("3rd trimester", "third trimester"),
        // Lay names of common conditions.
        ("high cholesterol", "hypercholesterolemia"),
        ("stomach ache", "abdominal pain"),
        ("stomachache", "abdominal pain"),
        ("belly pain", "abdominal pain"),
        ("heart attack", "myocardial infarction"),
        ("n/v", "nausea with vomiting"),
        ("n&v", "nausea with vomiting"),
        ("nausea and vomiting", "nausea with vomiting"),
        ("urinary retention", "retention of urine"),
        // The index's "Disease, lung, obstructive, with lower respiratory infection" (J44.0, and a
        // code for the pneumonia).
        ("copd with pneumonia", "chronic obstructive pulmonary disease with (acute) lower respiratory infection"),
        // The index's "Hypertension, uncontrolled — see Hypertension, by type" (and "controlled"):
        // the control of blood pressure is in no title.
        ("uncontrolled hypertension", "hypertension"),
        ("uncontrolled htn", "hypertension"),
        ("poorly controlled hypertension", "hypertension"),
        ("poorly controlled htn", "hypertension"),
        ("hypertension uncontrolled", "hypertension"),
        ("controlled hypertension", "hypertension"),
        ("controlled htn", "hypertension"),
        // A refill visit is "Encounter for issue of repeat prescription" (Z76.0).
        ("medication refill", "issue of repeat prescription"),
        ("prescription refill", "issue of repeat prescription"),
        ("med refill", "issue of repeat prescription"),
        ("refill of medication", "issue of repeat prescription"),
        // The index's "Fracture, hip — see Fracture, femur, neck".
        ("hip fracture", "fracture of neck of femur"),
        ("fractured hip", "fracture of neck of femur"),
        ("broken hip", "fracture of neck of femur"),
        ("kidney stones", "calculus of kidney"),
        ("kidney stone", "calculus of kidney"),
        ("pink eye", "conjunctivitis"),
        ("strep throat", "streptococcal pharyngitis"),
        ("strep pneumo", "streptococcus pneumoniae"),
        ("strep pneumoniae", "streptococcus pneumoniae"),
        ("ear infection", "otitis media"),
        ("long covid", "post covid-19 condition"),
        ("covid 19 positive", "covid-19"),
        ("covid positive", "covid-19"),
        ("positive for covid", "covid-19"),
        // Status and encounter phrases in the words of the Z-code titles.
        ("status post knee replacement", "presence of artificial knee joint"),
        ("status post hip replacement", "presence of artificial hip joint"),
        ("s/p knee replacement", "presence of artificial knee joint"),
        ("s/p hip replacement", "presence of artificial hip joint"),
        ("status post cabg", "presence of aortocoronary bypass graft"),
        ("s/p cabg", "presence of aortocoronary bypass graft"),
        // The index's "Absence, gallbladder (acquired)": Z90.49.
        ("status post cholecystectomy", "acquired absence of other specified parts of digestive tract"),
        ("s/p cholecystectomy", "acquired absence of other specified parts of digestive tract"),
        ("history of cabg", "presence of aortocoronary bypass graft"),
        ("on dialysis", "dependence on renal dialysis"),
        ("requiring dialysis", "dependence on renal dialysis"),
        ("requiring chronic dialysis", "dependence on renal dialysis"),
        ("dialysis dependent", "dependence on renal dialysis"),
        ("dependent on dialysis", "dependence on renal dialysis"),
        ("pre-op exam", "encounter for other preprocedural examination"),
        ("preop exam", "encounter for other preprocedural examination"),
        ("preoperative exam", "encounter for other preprocedural examination"),
        ("pre-operative exam", "encounter for other preprocedural examination"),
        // The history codes name organ groups: the index's "History, family, malignant neoplasm,
        // colon" (Z80.0) and "History, personal, malignant neoplasm, colon" (Z85.038).
        ("family history of colon cancer", "family history of malignant neoplasm of digestive organs"),
        ("history of colon cancer", "personal history of other malignant neoplasm of large intestine"),
        // The index's "History, personal, nicotine dependence" (Z87.891) for a former smoker.
        ("history of tobacco use", "personal history of nicotine dependence"),
        ("history of smoking", "personal history of nicotine dependence"),
        ("former smoker", "personal history of nicotine dependence"),
        // The index's "History, personal, myocardial infarction" (I25.2 "Old myocardial infarction").
        ("history of mi", "old myocardial infarction"),
        ("history of myocardial infarction", "old myocardial infarction"),
        ("hx of mi", "old myocardial infarction"),
        // Bites and stings as the external cause titles word them.
        ("bee sting", "toxic effect of venom of bees"),
        ("wasp sting", "toxic effect of venom of wasps"),
        ("dog bite", "bitten by dog"),
        ("cat bite", "bitten by cat"),
        // HCPCS's spelling ("Injection, vitamin b-12 cyanocobalamin, …"), once ("b12" alone is expanded too).
        ("vitamin b12", "vitamin b-12"),
        // Supplies by their everyday names.
        ("diabetic test strips", "blood glucose test or reagent strips for home blood glucose monitor"),
        ("glucose test strips", "blood glucose test or reagent strips for home blood glucose monitor"),
        ("diabetic test strip", "blood glucose test or reagent strips for home blood glucose monitor"),
        ("glucose test strip", "blood glucose test or reagent strips for home blood glucose monitor"),
        ("insulin pump", "external ambulatory infusion pump, insulin"),
        // Medicare pays for the lift mechanism of a lift chair, not the chair.
        ("lift chair", "seat lift mechanism"),
        ("lift chairs", "seat lift mechanism"),
    ]

    /// Phrases that ICD-10-CM titles say otherwise, spelled out only in a diagnosis search: HCPCS
    /// titles say "(one or both ears)" and "(one or both legs)" themselves.
    static let diagnosisPhrases: [(phrase: String, expansion: String)] = [
        // Both sides, as the titles with laterality say it ("H91.93 Unspecified hearing loss,
        // bilateral"; "M17.0 Bilateral primary osteoarthritis of knee").
        ("both eyes", "bilateral"),
        ("both ears", "bilateral"),
        ("both sides", "bilateral"),
        ("both knees", "bilateral knee"),
        ("both hips", "bilateral hip"),
        ("both legs", "bilateral lower extremities"),
        ("both lower extremities", "bilateral lower extremities"),
        ("abnormal mammogram", "abnormal findings on diagnostic imaging of breast"),
        // The pressure ulcer titles' site ("L89.152 Pressure ulcer of sacral region, stage 2"); a
        // fracture's title says "sacrum" itself.
        ("ulcer of the sacrum", "ulcer of sacral region"),
        ("ulcer of sacrum", "ulcer of sacral region"),
        ("ulcer sacrum", "ulcer of sacral region"),
        ("sacrum pressure ulcer", "pressure ulcer of sacral region"),
        ("sacral pressure ulcer", "pressure ulcer of sacral region"),
        // The fracture titles' words ("S72.002A Fracture of unspecified part of neck of left femur, …").
        ("femoral neck", "neck of femur"),
        // ICD-10-CM's spelling ("Vitamin B12 deficiency", an inclusion term of E53.8).
        ("vitamin b-12", "vitamin b12"),
        // L60.0 "Ingrowing nail", whichever toe: the titles name no toe.
        ("ingrown toenail", "ingrowing nail"),
        ("ingrown toe nail", "ingrowing nail"),
        ("ingrown nail", "ingrowing nail"),
        // D17.- "Benign lipomatous neoplasm of skin and subcutaneous tissue of trunk" (its only
        // "lipoma" is D17.9's "Lipoma NOS").
        ("lipoma", "benign lipomatous neoplasm"),
        ("lipomas", "benign lipomatous neoplasm"),
        // The titles say "asymptomatic" ("Z21 Asymptomatic … [HIV] infection status", "R31.21
        // Asymptomatic microscopic hematuria"); "without … symptoms" is another condition's kind.
        ("no symptoms", "asymptomatic"),
        ("without symptoms", "asymptomatic"),
        ("symptom free", "asymptomatic"),
    ]

    /// The long bones whose ends ICD-10-CM's fracture titles name "upper end" and "lower end"
    /// ("S52.502A Unspecified fracture of the lower end of left radius"), where coders say proximal
    /// and distal; with the adjectives coders use for them ("distal radial fracture").
    private static let longBones: [String: String] = [
        "radius": "radius", "radial": "radius", "ulna": "ulna", "ulnar": "ulna", "humerus": "humerus", "humeral": "humerus",
        "femur": "femur", "femoral": "femur", "tibia": "tibia", "tibial": "tibia", "fibula": "fibula", "fibular": "fibula",
    ]

    /// Words that make a question about a fracture; "fx" is read as "fracture" in one about a long bone's end.
    private static let fractureWords: Set<Substring> = ["fracture", "fractures", "fractured", "fx", "broken"]

    /// `text` with a distal or proximal long bone of a fracture in the words of the fracture titles,
    /// in lower case ("Distal radius fx" → "lower end of radius fracture"); `text` itself when it
    /// names none. Only for a fracture: the titles of other conditions say "distal" themselves
    /// ("M89.133 Partial physeal arrest, right distal radius").
    static func fractureSites(_ text: String) -> String {
        let lower = text.lowercased()
        guard lower.contains("distal") || lower.contains("proximal") else { return text }
        var words = lower.split(separator: " ", omittingEmptySubsequences: false)
        guard words.contains(where: { fractureWords.contains($0.filter(\.isLetter)) }) else { return text }
        var changed = false
        for index in words.indices.dropLast().reversed() {
            guard let end = ["distal": "lower", "proximal": "upper"][words[index]],
                  let bone = longBones[String(words[index + 1].prefix { $0.isLetter })] else { continue }
            words.replaceSubrange(index...(index + 1), with: [Substring("\(end) end of \(bone)" + words[index + 1].drop { $0.isLetter })])
            changed = true
        }
        guard changed else { return text }
        return words.map { $0 == "fx" ? "fracture" : $0 }.joined(separator: " ")
    }

    /// Words that ICD-10-CM titles say otherwise, spelled out only in a diagnosis search: HCPCS
    /// screening codes say "cancer" ("Prostate cancer screening; …"); the encounter titles say
    /// "examination" ("routine child exam" is Z00.129 "… routine child health examination …", not
    /// Z02.84 "… child welfare exam") and "gynecological".
    static let diagnosisWords: [String: String] = [
        "cancer": "malignant neoplasm",
        "cancers": "malignant neoplasms",
        "exam": "examination",
        "exams": "examinations",
        "gyn": "gynecological",
    ]

    /// Encounters that ICD-10-CM names by what is done at them, spelled out only when the question
    /// asks for a diagnosis code alone: a wellness visit's diagnosis is the general examination's
    /// (Z00.00/Z00.01), while a search of every code set finds the visit's own HCPCS code (G0438,
    /// G0439) without a second, diagnosis-worded search. An injury's first visit is its 7th
    /// character's "initial encounter" ("lac of the right index finger, first visit": S61.210A),
    /// where an E/M question's first visit is a new patient's.
    static let encounterPhrases: [(phrase: String, expansion: String)] = [
        ("wellness visit", "general adult medical examination"),
        ("wellness exam", "general adult medical examination"),
        ("awv", "general adult medical examination"),
        ("first visit", "initial encounter"),
        ("initial visit", "initial encounter"),
        ("first encounter", "initial encounter"),
    ]

    /// Coders' names of conditions in the words of the ICD-9-CM titles, spelled out only in an ICD-9
    /// search (ICD-10-CM says them as coders do): "low back pain" is 724.2 "Lumbago", COPD 496
    /// "Chronic airway obstruction, not elsewhere classified".
    static let icd9Phrases: [(phrase: String, expansion: String)] = [
        ("low back pain", "lumbago"),
        ("chronic obstructive pulmonary disease", "chronic airway obstruction"),
        ("type 2", "type ii"),
        ("type 1", "type i"),
        // The complications of diabetes as 250.4–250.6 name them ("Diabetes with neurological
        // manifestations, …"; the manifestation's own code follows, as 357.2).
        ("diabetic neuropathy", "diabetes with neurological manifestations neuropathy"),
        ("diabetes with neuropathy", "diabetes with neurological manifestations neuropathy"),
        ("diabetic nephropathy", "diabetes with renal manifestations nephropathy"),
        ("diabetes with nephropathy", "diabetes with renal manifestations nephropathy"),
        ("diabetic retinopathy", "diabetes with ophthalmic manifestations retinopathy"),
        ("diabetes with retinopathy", "diabetes with ophthalmic manifestations retinopathy"),
    ]

    /// `text` (spelled out) in the words of ICD-9-CM titles: ``icd9Phrases`` and ``diagnosisWords``.
    /// Diabetes mellitus (not 253.5 "Diabetes insipidus", the shortest title that says "diabetes")
    /// is not uncontrolled unless said (the fifth digit 0 or 1), and without a complication is
    /// 250.0- "Diabetes mellitus without mention of complication, …" (not 250.1- "Diabetes with
    /// ketoacidosis, …"). Not a screening for it or a history of it, which are V codes.
    static func inICD9Words(_ text: String) -> String {
        var phrased = TermExpansion.expanded(text, phrases: icd9Phrases)
        let lower = phrased.lowercased()
        let words = lower.split { !$0.isLetter }
        if lower.contains("diabet"), !lower.contains("insipidus"), !words.contains("screening"), !words.contains("history") {
            if !lower.contains("uncontrolled") { phrased += " not stated as uncontrolled" }
            if !words.contains("with"), !words.contains("manifestations") { phrased += " mellitus without mention of complication" }
        }
        return TermExpansion.expanded(phrased, with: diagnosisWords)
    }

    /// `text` in the words of ICD-10-CM titles: a vaccination's refusal or fever as its title
    /// (``vaccinationDiagnosis(_:)``), else ``diagnosisPhrases`` and ``diagnosisWords`` spelled
    /// out, and ``encounterPhrases`` with `encounters`.
    static func inDiagnosisWords(_ text: String, encounters: Bool = false) -> String {
        if let vaccination = vaccinationDiagnosis(text) { return vaccination }
        if encounters, let immunization = immunizationEncounter(text) { return immunization }
        let phrased = TermExpansion.expanded(text, phrases: diagnosisPhrases)
        return TermExpansion.expanded(encounters ? TermExpansion.expanded(phrased, phrases: encounterPhrases) : phrased, with: diagnosisWords)
    }

    /// A vaccination asked about as a diagnosis ("dx code for flu shot", "icd 10 for covid vaccine
    /// encounter"): Z23 "Encounter for immunization", whatever the vaccine (the vaccine is the
    /// procedure code's). Not a reaction to one, an underdosing, a vaccination not given, its
    /// counselling or a status ("anaphylaxis after flu shot", "vaccine refused"): those are other codes.
    static func immunizationEncounter(_ text: String) -> String? {
        let words = Set(text.lowercased().split { !$0.isLetter }.map(String.init))
        guard namesVaccination(words), words.isDisjoint(with: notImmunizationEncounter) else { return nil }
        return "encounter for immunization"
    }

    /// Whether `words` name a vaccination. A shot is a vaccine's only when it names what the
    /// vaccine prevents: "flu shot", not "B12 shot".
    private static func namesVaccination(_ words: Set<String>) -> Bool {
        !words.isDisjoint(with: ["vaccine", "vaccines", "vaccination", "vaccinations", "immunization", "immunizations"])
            || !words.isDisjoint(with: ["shot", "shots", "jab"]) && !words.isDisjoint(with: vaccinePreventable)
    }

    /// A vaccination the patient refused ("vaccine refused", "patient declined the flu shot"): Z28.21
    /// "Immunization not carried out because of patient refusal"; a fever after one ("fever after
    /// flu shot"): R50.83 "Postvaccination fever"; whatever the vaccine.
    static func vaccinationDiagnosis(_ text: String) -> String? {
        let words = Set(text.lowercased().split { !$0.isLetter }.map(String.init))
        guard namesVaccination(words) else { return nil }
        if !words.isDisjoint(with: ["refused", "refuses", "refusal", "refusing", "declined", "declines", "declining"]) {
            return "immunization not carried out because of patient refusal"
        }
        if words.contains("fever"), !words.isDisjoint(with: ["after", "following", "post", "from"]) { return "postvaccination fever" }
        return nil
    }

    /// Diseases a shot's name says it is a vaccine against ("flu shot", "tetanus shot").
    private static let vaccinePreventable: Set<String> = [
        "flu", "influenza", "covid", "tetanus", "tdap", "td", "pneumonia", "pneumococcal", "shingles", "zoster", "hepatitis", "hep",
        "hpv", "mmr", "measles", "rsv", "polio", "varicella", "chickenpox", "meningococcal", "meningitis", "rabies",
    ]

    /// Words that make a vaccine's diagnosis something other than the encounter for it.
    private static let notImmunizationEncounter: Set<String> = [
        "reaction", "reactions", "adverse", "allergic", "allergy", "anaphylactic", "anaphylaxis", "underdosing", "underdose", "poisoning",
        "overdose", "complication", "complications", "fever", "after", "following", "due", "not", "refused", "declined", "delayed",
        "contraindicated", "contraindication", "counseling", "counselling", "status", "underimmunization", "underimmunized",
        "unvaccinated", "exposure", "hesitancy", "history", "injury", "error", "wrong",
    ]

    /// `text` with every listed phrase and abbreviation spelled out.
    static func expanded(_ text: String) -> String {
        drugClasses(diabetesControl(chronicDialysis(TermExpansion.expanded(fractureSites(TermExpansion.expanded(text, phrases: phrases)), with: expansions))))
    }

    /// Common drugs by the class that names their ICD-10-CM poisoning, adverse effect and
    /// underdosing codes (the Table of Drugs and Chemicals): oxycodone is one of T40.2-'s "other
    /// opioids", acetaminophen T39.1-'s "4-Aminophenol derivatives". Not the drugs the titles name
    /// (aspirin: T39.01-; heroin, methadone, tramadol).
    static let drugClasses: [String: String] = [
        "oxycodone": "other opioids", "hydrocodone": "other opioids", "morphine": "other opioids", "codeine": "other opioids",
        "hydromorphone": "other opioids", "oxycontin": "other opioids", "percocet": "other opioids", "vicodin": "other opioids",
        "norco": "other opioids", "dilaudid": "other opioids",
        "fentanyl": "fentanyl or fentanyl analogs",
        "acetaminophen": "4-aminophenol derivatives", "tylenol": "4-aminophenol derivatives", "paracetamol": "4-aminophenol derivatives",
        "ibuprofen": "propionic acid derivatives", "naproxen": "propionic acid derivatives", "advil": "propionic acid derivatives",
        "motrin": "propionic acid derivatives", "aleve": "propionic acid derivatives",
        "alprazolam": "benzodiazepines", "xanax": "benzodiazepines", "lorazepam": "benzodiazepines", "ativan": "benzodiazepines",
        "diazepam": "benzodiazepines", "valium": "benzodiazepines", "clonazepam": "benzodiazepines", "klonopin": "benzodiazepines",
        "warfarin": "anticoagulants", "coumadin": "anticoagulants",
    ]

    /// Words that make a drug's name its ICD-10-CM class (``drugClasses``): an overdose is a poisoning.
    private static let drugEffectWords: Set<String> = ["overdose", "overdosed", "poisoning", "poisoned", "adverse", "underdosing", "underdose"]

    /// Words that say a poisoning's intent.
    private static let intentWords = ["accident", "unintentional", "intentional", "self-harm", "self harm", "suicid", "assault", "undetermined"]

    /// `text` (spelled out) with an overdose read as a poisoning and each listed drug as its class,
    /// only when it speaks of a poisoning, an adverse effect or an underdosing ("long term use of
    /// aspirin" is still Z79.82's aspirin). A poisoning whose intent is not said is accidental
    /// (Official Guidelines I.C.19.e.5.b).
    static func drugClasses(_ text: String) -> String {
        let lower = text.lowercased()
        // Word by word ("overdoses" too): a substring search for each effect word cost more than
        // the rest of the expansion on every description search.
        guard lower.split(whereSeparator: { !$0.isLetter }).contains(where: { word in drugEffectWords.contains { word.hasPrefix($0) } }) else { return text }
        let read = TermExpansion.expanded(TermExpansion.expanded(text, with: drugClasses), with: ["overdose": "poisoning", "overdosed": "poisoning"])
        let poisoning = lower.contains("overdos") || lower.contains("poison")
        var intended = poisoning && !intentWords.contains(where: lower.contains) ? read + " accidental (unintentional)" : read
        // An overdose of no drug named ("drug overdose") is T50.90-'s "unspecified drugs, …".
        if poisoning, CodeSearch.contentWords(lower).allSatisfy({ unnamedDrugWords.contains($0) || drugEffectWords.contains($0) }) {
            intended += " unspecified drugs, medicaments and biological substances"
        }
        return intended
    }

    /// Words of a poisoning that name no drug.
    private static let unnamedDrugWords: Set<String> = ["drug", "drugs", "medication", "medications", "accidental", "unintentional", "intentional", "icd", "10", "cm"]

    /// How coders say diabetes is not under control, which the ICD-10-CM Index codes as diabetes
    /// "with hyperglycemia" ("Diabetes, poorly controlled — code to Diabetes, by type, with
    /// hyperglycemia"; also "inadequately controlled" and "out of control"). "Uncontrolled" is not
    /// among them: the Index sends it to hyperglycemia or hypoglycemia by what it means.
    private static let poorControl = ["poorly controlled", "inadequately controlled", "out of control", "not well controlled"]

    /// `text` (spelled out) with diabetes that is poorly controlled read as diabetes with
    /// hyperglycemia: "poorly controlled type 2 diabetes" is E11.65.
    static func diabetesControl(_ text: String) -> String {
        let lower = text.lowercased()
        guard lower.contains("diabet"), let phrase = poorControl.first(where: lower.contains) else { return text }
        let without = lower.replacing(", " + phrase, with: "").replacing(phrase, with: " ").split(separator: " ").joined(separator: " ")
        return without.contains("hyperglycemia") ? without : without + " with hyperglycemia"
    }

    /// The stages of chronic kidney disease as coders write them ("stage 5", "stage V", "5").
    private static let kidneyStages: Set<Substring> = ["1", "2", "3", "3a", "3b", "4", "5", "i", "ii", "iii", "iv", "v"]

    /// `text` (spelled out) with chronic kidney disease that needs dialysis read as end stage renal
    /// disease, as N18.6 lists "Chronic kidney disease requiring chronic dialysis": "CKD stage 5 on
    /// dialysis" is N18.6 with Z99.2, not N18.5 (guideline I.C.14.a.1 codes only N18.6 when a stage
    /// and ESRD are both documented). The stage goes with it, written before or after.
    static func chronicDialysis(_ text: String) -> String {
        let lower = text.lowercased()
        guard lower.contains("dialysis"), lower.contains("chronic kidney disease") || lower.contains("chronic renal failure") else { return text }
        var words = lower.split(separator: " ", omittingEmptySubsequences: false)
        func stage(at index: Int) -> Int {
            guard index < words.count else { return 0 }
            if words[index] == "stage", index + 1 < words.count, kidneyStages.contains(words[index + 1].prefix { $0 != "," }) { return 2 }
            return kidneyStages.contains(words[index].prefix { $0 != "," }) ? 1 : 0
        }
        var index = 0
        while index + 2 < words.count {
            let named = words[index...(index + 2)].joined(separator: " ")
            guard named == "chronic kidney disease" || named == "chronic renal failure" else {
                index += 1
                continue
            }
            let before = index >= 2 && words[index - 2] == "stage" && kidneyStages.contains(words[index - 1]) ? 2 : 0
            let after = stage(at: index + 3)
            words.replaceSubrange((index - before)..<(index + 3 + after), with: ["end", "stage", "renal", "disease"])
            index += 4 - before
        }
        return words.joined(separator: " ")
    }
}
