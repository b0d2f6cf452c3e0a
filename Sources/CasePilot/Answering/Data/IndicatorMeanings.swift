/// What the coded indicators of the NCCI and fee-schedule files mean in practice.
enum IndicatorMeanings {
    static func ptpModifier(_ indicator: Int) -> String {
        switch indicator {
        case 0: "modifier indicator 0: the two codes are never paid together for the same patient on the same day — no modifier bypasses this edit"
        case 1: "modifier indicator 1: the edit may be bypassed with an NCCI-associated modifier (59, XE, XP, XS, XU, or an anatomic modifier such as LT/RT, E1–E4, FA–F9, TA–T9, LC/LD/RC/LM/RI, or 24, 25, 57, 58, 78, 79, 91) when the services are clinically distinct — a separate site, session, incision or encounter — and the record supports it"
        default: "modifier indicator 9: the edit is not applicable (it was deleted retroactively), so it does not restrict billing"
        }
    }

    static func mai(_ indicator: Int) -> String {
        switch indicator {
        case 1: "MAI 1 (line edit): the MUE applies to each claim line, so units above it on one line are denied; additional medically necessary units may be reported on separate lines with an appropriate modifier (for example 76, 77, 91, 59 or anatomic modifiers)"
        case 2: "MAI 2 (date of service edit: policy): the MUE is an absolute limit per day, based on policy or the code descriptor; units above it are not payable, and an appeal is unlikely to succeed"
        default: "MAI 3 (date of service edit: clinical): the MUE applies to all units for the day; units above it are denied but may be paid on appeal when the record shows they were medically necessary"
        }
    }

    static func aocType(_ type: Int) -> String {
        switch type {
        case 1: "type 1: only the listed primary codes are eligible, as CMS defines them"
        case 2: "type 2: CMS lists no primary codes; each Medicare contractor defines the eligible primaries (CCCCC)"
        default: "type 3: CMS lists some primary codes, and contractors may allow others"
        }
    }

    static func status(_ code: String) -> String {
        switch code {
        case "A": "A (active: paid separately under the fee schedule)"
        case "B": "B (bundled: payment is included in another service; never paid separately)"
        case "C": "C (carrier priced: the contractor sets the payment)"
        case "D": "D (deleted code)"
        case "E": "E (excluded from the fee schedule by regulation)"
        case "I": "I (not valid for Medicare: another code is used instead)"
        case "J": "J (anesthesia service)"
        case "M": "M (measurement code: reported for quality programmes, not paid)"
        case "N": "N (non-covered service)"
        case "P": "P (bundled or excluded)"
        case "R": "R (restricted coverage)"
        case "T": "T (paid only when no other fee-schedule service is billed that day)"
        case "X": "X (statutory exclusion: not paid under the fee schedule)"
        default: code
        }
    }

    static func globalDays(_ code: String) -> String {
        switch code {
        case "000": "000 (endoscopic or minor procedure: same-day pre- and post-operative care included)"
        case "010": "010 (minor procedure: 10 post-operative days included)"
        case "090": "090 (major surgery: the day before, the day of and 90 days after included)"
        case "MMM": "MMM (maternity global package)"
        case "XXX": "XXX (the global concept does not apply)"
        case "YYY": "YYY (the contractor sets the global period)"
        case "ZZZ": "ZZZ (add-on code: falls within the global period of its primary procedure)"
        default: code
        }
    }

    /// The meaning of the payment-policy indicator answering a question about `modifier`.
    static func modifierPolicy(_ modifier: String, _ fee: FeeScheduleRecord) -> String? {
        switch modifier {
        case "50": fee.bilateral.map { "bilateral surgery indicator \($0) (modifier 50): " + bilateral($0) }
        case "51": fee.multipleProcedure.map { "multiple procedure indicator \($0) (modifier 51): " + multiple($0) }
        case "62": fee.coSurgery.map { "co-surgery indicator \($0) (modifier 62): " + surgeons($0, "co-surgeons") }
        case "66": fee.teamSurgery.map { "team surgery indicator \($0) (modifier 66): " + surgeons($0, "a surgical team") }
        case "80", "81", "82", "AS": fee.assistant.map { "assistant at surgery indicator \($0) (modifiers 80/81/82/AS): " + assistant($0) }
        case "26", "TC": fee.pctc.map { "PC/TC indicator \($0) (modifiers 26/TC): " + pctc($0) }
        default: nil
        }
    }

    static func bilateral(_ value: String) -> String {
        switch value {
        case "0": "the 150% bilateral adjustment does not apply; modifier 50 is not payable as bilateral"
        case "1": "the 150% bilateral payment adjustment applies when reported with modifier 50"
        case "2": "the code is already bilateral (or priced as such); no bilateral adjustment"
        case "3": "each side is paid at 100% (no bilateral reduction)"
        default: "the bilateral concept does not apply"
        }
    }

    static func multiple(_ value: String) -> String {
        switch value {
        case "0": "no multiple-procedure reduction applies"
        case "1", "2": "the standard multiple-procedure reduction applies (100% for the highest-valued procedure, 50% for the others)"
        case "3": "the special endoscopy rules apply"
        case "4": "the diagnostic imaging reduction applies to the technical (and professional) component"
        case "5": "the therapy multiple-procedure reduction applies"
        case "6": "the diagnostic cardiovascular reduction applies"
        case "7": "the diagnostic ophthalmology reduction applies"
        default: "the multiple-procedure concept does not apply"
        }
    }

    static func surgeons(_ value: String, _ who: String) -> String {
        switch value {
        case "0": "payment for \(who) is not permitted"
        case "1": "payment for \(who) may be made with documentation of medical necessity"
        case "2": "payment for \(who) is permitted"
        default: "the concept does not apply"
        }
    }

    static func assistant(_ value: String) -> String {
        switch value {
        case "0": "an assistant is paid only with documentation of medical necessity"
        case "1": "an assistant at surgery is not paid (statutory restriction)"
        case "2": "an assistant at surgery may be paid"
        default: "the concept does not apply"
        }
    }

    static func pctc(_ value: String) -> String {
        switch value {
        case "0": "physician service; modifiers 26 and TC do not apply"
        case "1": "diagnostic test with a professional (26) and a technical (TC) component"
        case "2": "professional-component-only code"
        case "3": "technical-component-only code"
        case "4": "global test only (separate codes exist for the components)"
        case "5": "incident-to service; 26/TC do not apply"
        case "6": "laboratory physician interpretation code"
        case "7": "physical therapy service"
        case "8": "physician interpretation code"
        default: "the PC/TC concept does not apply"
        }
    }
}
