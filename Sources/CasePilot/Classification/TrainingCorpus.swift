/// The labelled questions the classifier's naive Bayes model learns from (train and six dev sets).
///
/// Written for CasePilot: varied phrasing, typos, terse and chatty forms. `## name` starts a set;
/// every other line is `category<TAB>question`. The held-out evaluation set is not here: it lives in
/// `Tests/CasePilotTests/Fixtures/classifier-heldout.tsv` and is never learned from.
enum TrainingCorpus {
    static let text = #"""
## train
cpt	what is 99213
cpt	99214?
cpt	cpt 99215 description
cpt	what does G0439 mean
cpt	G0438 meaning
cpt	what is the ICD-10 code for type 2 diabetes with hyperglycemia
cpt	whats the code for a flu shot
cpt	icd 10 code for essential hypertension
cpt	E11.9
cpt	what is E119
cpt	is 99201 still a valid code?
cpt	was CPT 99241 deleted
cpt	is I10 billable
cpt	Is S72.001A a billable code or do I need more characters?
cpt	what does 0DTJ4ZZ stand for
cpt	icd-10-pcs code for a laparoscopic appendectomy
cpt	RVUs for 99214
cpt	work rvu 99205
cpt	what's the Medicare fee schedule amount for 20610 in locality 01?
cpt	what is the PFS status indicator for 97140
cpt	3074F what is it
cpt	cpt#0591T - what is this cat III code
cpt	J1100 description
cpt	what is hcpcs J3301
cpt	code for covid vaccine administration
cpt	icd 9 250.00 what does it mean
cpt	ICD-9-CM 401.9?
cpt	dx code for low back pain
cpt	What ICD-10 code do I use for acute bronchitis, unspecified organism?
cpt	CPT CODE FOR SCREENING MAMMOGRAM
cpt	is Z00.00 a valid diagnosis code for 2024
cpt	what code do I use for an EKG when our doc reads it too
cpt	hcpcs code for a standard folding walker
cpt	A0428 meaning
cpt	total facility RVUs for 99496
cpt	code for removing impacted earwax with instruments
cpt	G2211 what is it??
cpt	Z79.4 descrption
cpt	icd10 for covid 19
cpt	whats teh code for a rapid strep test
guidelines	how do I pick an E/M level using MDM
guidelines	MDM 2 of 3 elements - which two do I need to meet for moderate?
guidelines	what is the 3 day payment window
guidelines	the 72 hour rule for outpatient tests before an inpatient admission
guidelines	when can a Z code be first-listed
guidelines	what are the time thresholds for the office visit levels in 2024
guidelines	what counts toward total time for an office E/M? does my MA's time count
guidelines	can the doc count time spent documenting the next day toward the visit?
guidelines	new vs established patient 3 year rule
guidelines	is a patient new if they saw a different doctor in our group but different specialty
guidelines	when can I bill prolonged services 99417 for an office visit
guidelines	split/shared visit rules for 2024 - what is the substantive portion
guidelines	what is the global period for 27447
guidelines	whats the global days on 11042
guidelines	what is included in a 90 day global package
guidelines	is a post-op visit billable during the global period if the problem is unrelated
guidelines	add-on codes - can they ever be billed by themselves?
guidelines	when should I use an unlisted procedure code instead of the closest code
guidelines	what does "separate procedure" mean in cpt
guidelines	8 minute rule: how many units for 38 total timed minutes of PT
guidelines	excludes1 vs excludes2 whats the difference
guidelines	what is the 7th character A vs D vs S for injuries
guidelines	when do I need to use the placeholder X in an icd-10 code
guidelines	is it ok to use unspecified icd-10 codes when the doc doesnt document more detail
guidelines	sepsis with pneumonia, which diagnosis gets sequenced first?
guidelines	first listed diagnosis in an outpatient visit - how to choose
guidelines	can someone explain the two-midnight rule
guidelines	incident-to requirements for a nurse practitioner in a physician office
guidelines	how do I report units for a J code when the dose is less than one billing unit
guidelines	does reviewing outside labs count as a data element in MDM
guidelines	what makes MDM moderate vs high
guidelines	does a chronic illness with exacerbation count as moderate problem complexity
guidelines	can I code a "rule out" diagnosis in the outpatient setting?
guidelines	icd10 guidlines for the "with" convention, diabetes and CKD
guidelines	code also vs use additional code notes - what's the difference
guidelines	how do i level an ER visit under the 2023 ED E/M guidelines
guidelines	what does the "code first" instruction mean
modifiers	mod 59 vs XS
modifiers	what does modifier 25 mean
modifiers	25 vs 57
modifiers	26 vs TC
modifiers	RT/LT or 50 for bilateral knee injections
modifiers	GA modifier meaning
modifiers	GY vs GZ
modifiers	when do i use the KX modifier
modifiers	JW vs JZ modifier
modifiers	what is the FS modifier
modifiers	Q0 modifier?
modifiers	PO modifier meaning for off-campus hospital departments
modifiers	when is the CR modifier used
modifiers	modifier 95 telehealth - when do i add it
modifiers	modifer 93 audio only
modifiers	what's the difference between XE XS XP and XU
modifiers	modifier 24 vs 79
modifiers	-76 vs -77 repeat procedure
modifiers	when can I append modifier 22 for increased procedural services
modifiers	modifier 33 what does it do
modifiers	52 vs 53 difference
modifiers	which modifier for a planned staged procedure during the global
modifiers	modifier 62 co-surgeon meaning
modifiers	mod 80 vs 82 vs AS
modifiers	what is -91 for on lab tests
modifiers	QW modifier CLIA waived test meaning
modifiers	which finger modifiers do I use, the F1 F2 stuff
modifiers	what is modifier 78
modifiers	modifer 51 do i even need it anymore
modifiers	hey quick one - my doc saw a pt for a knee injection and also did a full visit for their diabetes, do I need a modifier on the visit?
modifiers	is the GT modifier still used or is it all 95 now
modifiers	modifier 27 meaning
modifiers	what is mod 90 reference lab
modifiers	what does modifier XU mean
crosswalks	icd-9 250.00 to icd-10
crosswalks	convert 401.9 to ICD 10
crosswalks	what does the GEM say for 428.0
crosswalks	which G code does Medicare want instead of 99397
crosswalks	what G code do I use for medicare instead of 96127 for the depression screen
crosswalks	which icd-10 codes support 93000
crosswalks	diagnosis codes that support 82306 vitamin D testing
crosswalks	which diagnoses pair with 80061 lipid panel for medical necessity
crosswalks	what dx codes support a 71046 chest x-ray
crosswalks	backward map E11.65 to icd-9
crosswalks	medicare doesn't take 99243, what office visit code do I crosswalk it to
crosswalks	what's the CPT equivalent of G0101
crosswalks	G0102 to cpt?
crosswalks	is there a crosswalk from icd-10-pcs to cpt for a total hip replacement
crosswalks	hcpcs G code for the flu shot admin instead of 90471
crosswalks	which G code replaces 90471 for a pneumonia vaccine admin on medicare
crosswalks	which G code do I use instead of 45378 for a medicare screening colonoscopy on an average risk patient
crosswalks	G0202 was replaced by what code?
crosswalks	M54.5 got expanded, what does it map to now
crosswalks	what does the approximate flag mean in the GEMs file
crosswalks	what J code does NDC 0009-0280-51 map to
crosswalks	icd-9 V70.0 maps to which icd-10 codes
crosswalks	496 copd in icd 10 is what
crosswalks	what diagnosis codes go with G0444
crosswalks	dx codes that support 77080 dexa
crosswalks	ICD9 to ICD10 crosswalk for 272.4
crosswalks	what is the icd-10 equivalent of 786.50 chest pain
crosswalks	what cpt codes does G0463 correspond to for hospital outpatient clinic visits
crosswalks	which ICD-10-CM codes justify 36415 venipuncture
crosswalks	what is the one-to-many mapping for 250.01
crosswalks	97001 was deleted, which new PT eval codes does it map to
crosswalks	which diagnosis codes support ordering a hemoglobin A1c 83036
ncci	can I bill 20610 with 99213
ncci	is 80048 bundled into 80053
ncci	what does modifier indicator 0 vs 1 vs 9 mean on an ncci edit
ncci	how many units of 96372 per day
ncci	what's the MUE for J1100
ncci	mue 96372
ncci	11042 and 97597 bundled?
ncci	can 93000 and 99214 be billed together on the same day
ncci	which primary codes can add-on 99417 be reported with
ncci	what primaries can +11045 go with
ncci	are 17110 and 11055 bundeled
ncci	there's an ncci edit between 96372 and 99213 - does modifier 25 let me bill both?
ncci	MUE adjudication indicator 2 vs 3 whats the difference
ncci	are 97530 and 97140 an NCCI pair?
ncci	MUE on 64483 if done on both sides
ncci	PTP edit for 43239 and 43235 same session
ncci	can I bill 81002 with 99213
ncci	is 36415 column 2 to anything
ncci	is 76942 payable with 20611 or is the ultrasound included
ncci	99211 with 96372 allowed same day?
ncci	what is a mutually exclusive ncci edit
ncci	where do I find the quarterly NCCI PTP update
ncci	does medicaid use the same NCCI edits as medicare
ncci	MUE for 20610
ncci	how many units of G0283 are allowed per day
ncci	ncci column 1 column 2 for 11721 and 11055
ncci	can I bill 69210 on both ears on the same day
ncci	is 12001 bundled into 11402 when i close the excision site
ncci	if the modifier indicator is 0 can i still use 59?
ncci	is 95165 MUE per day or per claim
ncci	CAN I BILL 99214 AND 99396 ON THE SAME DAY FOR MEDICARE ADVANTAGE
ncci	is G0439 with 99214 an NCCI conflict
ncci	how many times a day can I bill 96372
ncci	how often can 36415 be reported on one date of service
ncci	what codes bundle into 27130
ncci	column 2 codes for 43239
ncci	what is 29880 bundled into
compliance	is it upcoding if my provider bills 99215 for every visit
compliance	are cloned copy-paste notes a compliance risk
compliance	false claims act penalties per claim
compliance	anti-kickback statute: can we give a gift basket to a doctor who refers to us?
compliance	what are the stark law exceptions for in-office ancillary services
compliance	how often should we check the OIG exclusion list for employees
compliance	explain the 60-day overpayment rule
compliance	how long do we have to keep medical records for medicare
compliance	HIPAA minimum necessary rule for billing staff
compliance	can I get in trouble for billing under the doctor's NPI when the NP saw the patient alone?
compliance	what are the 7 elements of an effective compliance program
compliance	what's on the OIG work plan for E/M this year
compliance	is unbundling considered fraud?
compliance	civil monetary penalties for billing excluded providers
compliance	is it legal to routinely waive copays for our patients
compliance	how does the OIG self-disclosure protocol work
compliance	what is a qui tam whistleblower suit
compliance	what documentation proves medical necessity if we get audited
compliance	how do i prepare for a RAC audit
compliance	are electronic signatures ok on chart notes for medicare
compliance	can i text PHI to a provider on my personal phone
compliance	is it ok for the doctors to accept free lunches from drug reps
compliance	my boss wants me to bill for a service that isnt documented what do i do
compliance	our doctor wants me to change the diagnosis so the insurance will pay, is that ok?
compliance	how many charts should we pull for an internal coding audit
compliance	HIPAA breach notification timeline
compliance	my complience officer says we need a risk assessment - what goes in it
compliance	is downcoding also a legal risk or just upcoding
compliance	can a coder get personally fined under the false claims act?
compliance	what happens if a physician is excluded by OIG and we keep billing for them
compliance	is it a kickback to pay a marketer per patient referral
compliance	do we have to refund an overpayment we found from 5 years ago
coverage	does medicare cover colonscopy
coverage	how often can a patient get an AWV
coverage	IPPE - has to be within 12 months of part b?
coverage	screening mammogram frequency for medicare
coverage	how often does medicare pay for a pap smear
coverage	bone density test how often medicare
coverage	what are the LDCT lung cancer screening eligibility criteria
coverage	is the shingles vaccine part b or part d
coverage	does part B cover the flu shot
coverage	how often does medicare cover diabetes screening
coverage	is depression screening covered annually
coverage	NCD vs LCD
coverage	when do I have to give an ABN
coverage	abn?
coverage	does medicare pay for 99397
coverage	does medicare cover a routine physical
coverage	is the deductible waived for preventive services
coverage	is coinsurance waived if a screening colonoscopy turns diagnostic
coverage	does medicaid cover adult dental
coverage	does medicare cover hearing aids
coverage	is acupuncture for chronic low back pain covered by medicare
coverage	how often will medicare pay for cologuard
coverage	hep c screening medicare coverage
coverage	PSA screening how often for medicare patients
coverage	does medicare cover cardiac rehab after a stent
coverage	will medicare still cover telehealth visits from home in 2025
coverage	medicare coverage for intensive behavioral therapy for obesity
coverage	does BCBS cover the annual wellness visit
coverage	how often is a glaucoma exam covered
coverage	CGM coverage criteria medicare
coverage	who qualifies for AAA screening under medicare
coverage	do I need an ABN for a lab test that fails the LCD
coverage	does medicare pay for diabetic shoes
coverage	is an ABN valid for medicare advantage patients
coverage	does medicare cover the RSV vaccine under part B
unknown	hello
unknown	thanks!
unknown	asdf qwer
unknown	what's the weather in Chicago tomorrow
unknown	how do I make banana bread
unknown	who won the super bowl last year
unknown	how do i reverse a string in swift
unknown	what is 17 times 23
unknown	what should I take for a headache
unknown	is 150 over 95 blood pressure too high
unknown	best time to visit japan
unknown	tell me a joke
unknown	good morning
unknown	how do I fix a leaky faucet
unknown	what's the capital of australia
unknown	solve x^2 - 5x + 6 = 0
unknown	can you recommend a good sci-fi book
unknown	how long should I boil an egg
unknown	is ibuprofen safe with alcohol
unknown	my kid has a fever of 101 what do i do
unknown	how do I center a div in css
unknown	what time is it in london
unknown	jkl;jkl;
unknown	ok
unknown	lol
unknown	what is the meaning of life
unknown	convert 5 miles to km
unknown	how many calories in an avocado
unknown	how do i get rid of hiccups
unknown	recommend a cheap flight from denver to boston
unknown	who is the president of france
unknown	write me a poem about cats
coverage	who can certify home health services for medicare
coverage	can a physician assistant order home health for a medicare patient
coverage	who is allowed to sign the plan of care for home health
coverage	can a nurse practitioner sign a DME order for medicare
coverage	who can order outpatient physical therapy for a medicare patient
cpt	how do I bill a B12 shot
cpt	how do we bill a testosterone injection given in the office
guidelines	how do I bill an IUD insertion with the device
cpt	how to bill a toradol shot
coverage	how do I appeal a denied claim
coverage	how to appeal a claim denial from the MAC
coverage	what are the steps to appeal a denied medicare claim
compliance	we got an ADR letter from the MAC, what do we send
compliance	can our practice give patients free rides or gifts for coming in
modifiers	can 73030 be billed with modifier 26
modifiers	does 76805 have a professional component
modifiers	is there a technical component for 93306
ncci	what are the add-on codes for 22551
## dev
cpt	what's 99204
cpt	99212 meaning?
cpt	HCPCS J0696 - which drug is that
cpt	icd-10 for hypothyroidism unspecified
cpt	what's the dx code for a routine vaccine encounter
cpt	0SR9019 what procedure is that
cpt	3008F?
cpt	cat III code 0101T what does it describe
cpt	non-facility RVU for 11102
cpt	national fee schedule amount for 99497
cpt	is R05 billable in 2024 or does it need another digit
cpt	ICD9 code 724.2 meaning
cpt	code for the tdap vaccine product
cpt	G0136 - new code, what is it for
cpt	whats the cpt for a pulse ox check in the office
cpt	ICD 10 CM FOR GENERALIZED ANXIETY
cpt	code for a nebulizer treatment given in clinic
cpt	S06.0X1A ?
cpt	E6601 description please
cpt	work rvus on a 99223
cpt	hi - trying to figure out a code for my doc, she put in a port-a-cath under fluoro, whats the cpt for that
guidelines	if the provider spends 45 minutes total on an established pt, what level is that
guidelines	does the nurse's counseling time count toward the physician's total time
guidelines	is prescription drug management enough for moderate risk
guidelines	pt was last seen by our practice 4 years ago - new or established??
guidelines	how do I choose the hospital discharge day code by time
guidelines	which follow-up visits fall inside a 10-day global
guidelines	whats teh global period for 29881
guidelines	complications treated during the global period - can they be billed separately
guidelines	timed vs untimed codes under the 8 minute rule
guidelines	how do I code a sequela in icd 10
guidelines	is the 7th character still A when a different doctor sees the fracture for the first time?
guidelines	chronic condition vs reason for visit, which do i list first on the claim
guidelines	NEC vs NOS in icd-10-cm - what's the difference
guidelines	can I code signs and symptoms once a definitive dx is established
guidelines	does time in observation count toward the two midnight benchmark
guidelines	split shared visit: NP does the history and exam, MD does the MDM - who bills?
guidelines	what counts as an independent historian in MDM
guidelines	how do you report timed therapy units when two therapists treat the same patient at once
guidelines	ok so our surgeon did a knee scope on the 3rd and the patient came back on the 20th just for a routine wound check — is that visit already part of the surgical package? how long does the post-op period run?
modifiers	-54 -55 -56 meaning
modifiers	what does XP mean
modifiers	modifer 47 - when is it used
modifiers	GV modifier hospice
modifiers	GW mod - used for what
modifiers	PT modifier for colonoscopy - what is it for
modifiers	modifier 63 meaning
modifiers	mod 73 vs 74
modifiers	AI modifier for the admitting physician?
modifiers	which modifiers do I use for eyelids, E1 through E4
modifiers	59 vs XU which one should I use
modifiers	GC modifier teaching physician
modifiers	WHAT DOES MODIFIER 32 MEAN???
modifiers	when do you use 76 vs 91
modifiers	FY modifier meaning for x-rays
modifiers	CT modifier on a CAT scan claim, what's it signal
modifiers	JG modifier 340B - what is it
modifiers	the patient refused to sign the ABN, which modifier goes on the claim?
modifiers	our radiologist reads the films but the hospital owns the machine, which modifier do we put on his claim so we dont get paid the full thing
crosswalks	icd 9 to icd 10 for 780.79 fatigue
crosswalks	what's the icd-10 for old code 715.96
crosswalks	GEM for V58.61 long term anticoagulant use
crosswalks	reverse GEM for J44.9 back to icd-9
crosswalks	medicare hcpcs equivalent for 99387
crosswalks	which G code do I bill to medicare instead of 99000 for collecting a screening pap specimen
crosswalks	which dx codes support 93306 echo
crosswalks	what icd-10 codes justify ordering a B12 level 82607
crosswalks	diagnoses that support 95810 sleep study
crosswalks	dx pairing for a 76700 abdominal ultrasound
crosswalks	is there a map from CPT 47562 to ICD-10-PCS
crosswalks	what does the combination flag mean in the GEMs file.. confused
crosswalks	99354 is gone as of 2024 - which code took its place
crosswalks	the commercial prolonged code 99417, which G code replaces it for medicare
crosswalks	which J code maps to the NDC on our Kenalog-40 vials
crosswalks	ICD-9 procedure code 81.54 to icd-10-pcs
crosswalks	what diagnosis codes support 97110 for medical necessity
crosswalks	icd-10 to icd-11 mapping - is there one yet?
crosswalks	good afternoon, I have an old claim from 2014 with ICD-9 493.90 on it and need to rebill it — what ICD-10 code does that translate to?
ncci	is 99203 bundled with 11102
ncci	MUE 90471
ncci	can 96375 be billed with 96374
ncci	max units of J0897 per day
ncci	which codes can +22614 be billed with
ncci	is 20552 a column 2 code to 20553
ncci	J3420 unit limit per date of service
ncci	ncci edit for 64450 with 20526?
ncci	ARE 51798 AND 99213 BUNDLED
ncci	do MUE limits apply per line or per date of service
ncci	95004 allergy testing MUE
ncci	can we bill 45380 and 45385 on the same colonoscopy for different polyps
ncci	does 97161 bundle with 97110 on the same day
ncci	hospital OPPS NCCI edits vs practitioner edits - whats the difference
ncci	99406 and 99214 together?
ncci	can I report 93010 and 93000 for the same ekg
ncci	is 29125 bundeled with 25600
ncci	how many units of 97112 before the MUE kicks in
ncci	Our PA did a shave removal and a biopsy on two different lesions today. Can both be billed, or will NCCI knock one of them off?
compliance	what's the penalty for an anti kickback violation
compliance	is it a stark violation if the doctor's wife owns the lab he refers to
compliance	what triggers an OIG audit of modifier 25 usage
compliance	do we need to report ourselves if we find out we upcoded last year
compliance	can I share a patient's record with their spouse without authorization
compliance	how long do HIPAA policies and documentation need to be retained
compliance	is auto-populating the ROS from the last visit considered cloning
compliance	what's the difference between fraud and abuse in medicare billing
compliance	can we give patients gift cards for showing up to their wellness visit
compliance	is annual compliance training required for coders
compliance	who can be the complience officer in a small practice
compliance	what is a corporate integrity agreement
compliance	is it fraud to bill a higher level just because the EHR auto-calculated it
compliance	safe harbor rules for office space rental with a referring physician
compliance	can an excluded nurse work in our office if she doesn't bill anything
compliance	the doctor asked me to backdate a note - is that legal
compliance	we faxed PHI to the wrong number, what now
compliance	is it risky to bill all new patients as 99205
compliance	hey, one of our docs copies the entire HPI and exam from the prior visit and just changes the date. an auditor flagged it - how much trouble are we in?
coverage	does medicare cover the pneumonia shot every year
coverage	hep b vaccine part B coverage criteria
coverage	how often does medicare cover a screening colonoscopy for a high risk patient
coverage	is a second AWV covered in the same calendar year
coverage	are refractions a medicare benefit
coverage	medicare cover DEXA for men??
coverage	alchohol misuse screening - medicare benefit or not
coverage	how often will medicare pay for a cardiovascular screening blood test
coverage	how many tobacco cessation counseling sessions does medicare cover
coverage	power wheelchair coverage requirements under part b
coverage	will medicare part b pay for weight loss drugs
coverage	does medicare cover chiropractic maintenance therapy
coverage	do I need an ABN for services medicare never covers
coverage	does tricare cover well child visits
coverage	home health face-to-face requirement for medicare coverage
coverage	nail debridement every 60 days - will original medicare pay for routine foot care
coverage	HIV screening medicare frequency
coverage	is the part b deductible applied to the screening EKG with the welcome to medicare visit
coverage	Patient is 68, quit smoking 10 yrs ago, 30 pack-years... does Medicare still pay for the yearly low dose CT or did she age out of the window?
unknown	hi there
unknown	thank u so much
unknown	zxcvbnm
unknown	will it rain in seattle this weekend
unknown	chicken curry recipe
unknown	lakers score last night?
unknown	python list comprehension example
unknown	what is 15% of 240
unknown	my knee hurts when i run, should i see a doctor
unknown	is a resting heart rate of 52 normal
unknown	how do you say thank you in spanish
unknown	knock knock
unknown	what's a good name for a golden retriever
unknown	how do i renew my passport
unknown	derivative of sin(x)
unknown	best laptop for college students
unknown	how much water should I drink a day
unknown	qwerty 123 ???
unknown	can you help me write a cover letter
unknown	my flight got delayed, can I get a refund from the airline
## dev2
cpt	what is 36556
cpt	HCPCS Q4101 - what product is that
cpt	icd-10 code for vitamin d deficiency
cpt	is K21.9 billable or do i need a 5th digit
cpt	G0442?
cpt	what's 99407 for
cpt	96160 what is that
cpt	code for a 48 hour holter
cpt	icd 10 pcs code for a low transverse c-section
cpt	ICD-9 V22.1 meaning
cpt	whats the cpt for a simple I&D of an abscess
cpt	J7050 what is it
cpt	what's the L code for an off the shelf hinged knee brace
cpt	is 99358 still an active code in 2024
cpt	practice expense RVU for 17000
cpt	malpractice rvu for 29881
cpt	what does 0FT44ZZ mean
cpt	Z23 descripton
cpt	F32.A what is it
cpt	icd10 for prediabetes
cpt	CPT FOR A COVID ANTIGEN NASAL SWAB DONE IN OFFICE
cpt	93880 meaning
cpt	what's the PFS status indicator on 99090, is it bundled status or payable
cpt	E0601 hcpcs meaning
cpt	A4253 - test strips?
cpt	icd-10 for a dog bite on the left hand, first visit
cpt	Is R10.9 still valid for fy2025
guidelines	does time spent reviewing labs at the nurses station count toward critical care 99291
guidelines	can two docs from the same group both bill critical care on the same calendar day
guidelines	pt admitted to obs and discharged the same date, which code do I use under the 2023 rules
guidelines	ED doc later admits the same patient - does the ED visit roll into the initial hospital care code?
guidelines	can an NP do the initial nursing facility visit or does the physician have to
guidelines	home or residence visits - is the level picked by MDM or time now
guidelines	CCM time: do clinical staff minutes count toward 99490 when the doc is out of the office that month
guidelines	TCM 99495 vs 99496, what decides the level and when does the 2 business day contact have to happen
guidelines	can we still bill TCM if the patient passes away before day 30
guidelines	when does the prolonged time start counting past a 99215 under medicare rules vs cpt
guidelines	split/shared in the ED - does the physician need face to face with the patient to bill it
guidelines	HTN and CKD stage 3 - do i assume the link or does the doc have to say it
guidelines	hypertensive heart and kidney disease with heart failure, what codes and what order
guidelines	how do I sequence secondary hypertension
guidelines	type 2 DM on both insulin and metformin - do i report Z79.4 and Z79.84 together?
guidelines	diabetic patient with a foot ulcer, is the diabetes link presumed like with CKD
guidelines	pregnant pt comes in for a broken wrist totally unrelated, do I still have to use an O code first
guidelines	how do I pick the trimester character when the date of the visit crosses weeks
guidelines	pt took the correct dose of his prescribed antibiotic and broke out in a rash, poisoning or adverse effect?
guidelines	patient took grandmas oxycodone and overdosed - how do i sequence the poisoning and the manifestations
guidelines	underdosing - pt stopped her BP meds because she couldnt afford them, how do i code that
guidelines	how do I use the neoplasm table for a metastatic lesion to the liver from a known colon primary
guidelines	breast ca s/p mastectomy still on tamoxifen - code current cancer or history of?
guidelines	personal history vs family history z codes, when do i use which
guidelines	can a Z code ever be the first listed dx
guidelines	severe sepsis with septic shock - where does R65.21 go in the sequence
guidelines	sepsis that develops after admission, what gets sequenced as principal
guidelines	multiple injuries in one accident - which do i list first
guidelines	burns - when do i add a T31 code for extent of body surface
guidelines	doc didnt document laterality, can i pull it from the imaging report
guidelines	can I code BMI from the dietitian's note or does the physician have to document it
guidelines	can the pressure ulcer stage come from the wound nurse documentation
guidelines	outpatient: can i code a diagnosis straight from the radiology report if the ordering doc never addresses it
guidelines	path report says malignant but the doc's note only says mass, which one do I code
guidelines	is it ever ok to code straight from the alphabetic index without checking the tabular
guidelines	for HCC risk adjustment does each condition need MEAT documented to be coded
guidelines	teaching physician rules - does the attending have to be present for the key portion of the resident's visit
guidelines	primary care exception for teaching physicians - which E/M codes does it cover
guidelines	infusion ran 1 hr 40 min, how do i report the initial hour and the additional units
guidelines	how many units do i bill for 60mg of toradol if J1885 is per 15mg
guidelines	unlisted code - how do I choose a comparison code to price it
guidelines	can an add-on code be reported by a different provider than the one who did the primary
guidelines	global indicator XXX vs ZZZ vs 000, what do they mean
guidelines	is the decision for surgery visit the day before a major surgery part of the global package
guidelines	can time be used to level an ED E/M visit
guidelines	observation patient converted to inpatient - which E/M do I bill that day
guidelines	if the doc orders a CBC and reviews it at the next visit, do I count it twice in MDM data
guidelines	do social determinants of health count toward risk in MDM
guidelines	what counts as discussion of management with an external physician
guidelines	examples of drug therapy requiring intensive monitoring for toxicity
guidelines	inpatient coding - can we code probable pneumonia as if confirmed
guidelines	asymptomatic patient with positive covid test, how do I code it
guidelines	acute on chronic diastolic heart failure - do I code both the acute and the chronic
guidelines	when to use a combination code vs multiple codes in icd 10
guidelines	PT did 7 min of 97110 and 7 min of 97140, how many units total under the 8 min rule
guidelines	medicare 8 minute rule vs the AMA rule of eights difference?
guidelines	HOW DO I SEQUENCE A FRACTURE THAT'S A PATHOLOGICAL FRACTURE DUE TO OSTEOPOROSIS
modifiers	modifier 58 meaning
modifiers	pt had a well visit and we also treated their sinus infection, which modifier goes on the sick visit
modifiers	GX modifier voluntary abn
modifiers	GP GO GN which is which
modifiers	CQ vs CO modifiers for assistants
modifiers	KF modifer meaning
modifiers	NU vs RR vs UE
modifiers	SA modifier for NPs - when
modifiers	SL modifier state supplied vaccine
modifiers	AT modifier for chiro active treatment
modifiers	when do you need modifier 99
modifiers	JA vs JB
modifiers	1P 2P 3P modifiers what are they
modifiers	8P modifier quality reporting
modifiers	FQ modifier for RHC audio only
modifiers	AQ modifier HPSA bonus
modifiers	Q5 vs Q6 locum vs reciprocal billing
modifiers	GQ modifier asynchronous telehealth
modifiers	modifier 96 vs 97
modifiers	what are the TA T1-T9 modifiers for toes
modifiers	modifier 23 unusual anesthesia
modifiers	QK QX QZ anesthesia mods explained
modifiers	AA vs QY
modifiers	P1-P6 physical status modifiers - do they pay extra
modifiers	we got a signed ABN for a B12 shot that medicare wont cover, what modifier do i append
modifiers	GE vs GC teaching modifiers
modifiers	CS MODIFIER COST SHARING WHAT IS IT
modifiers	ET modifier meaning
modifiers	which X modifier fits better than 59 when the second service was a separate session later the same day
crosswalks	icd9 599.0 to icd10
crosswalks	311 depression what is it in icd-10
crosswalks	GEM for 414.01
crosswalks	278.00 obesity in icd 10?
crosswalks	427.31 afib convert to icd-10
crosswalks	what icd-9 code did I48.91 come from
crosswalks	which dx codes support 93880 carotid duplex
crosswalks	dx codes to support a TSH 84443
crosswalks	what dx supports 85025 CBC for medicare
crosswalks	which icd-10 codes support 81001 urinalysis
crosswalks	diagnoses that support 95004 allergy skin testing
crosswalks	dx codes to justify 94010 spirometry
crosswalks	what dx codes go with 11721 nail debridement
crosswalks	which BMI dx codes support G0447
crosswalks	FIT test 82274 - what's the medicare G code equivalent
crosswalks	88142 vs G0123 for a medicare screening pap, which maps to which
crosswalks	SBIRT 99408 medicare equivalent code
crosswalks	97014 unattended estim, what does medicare want instead
crosswalks	HPV co-test on medicare - 87624 or the G code equivalent
crosswalks	99251 consult was deleted in 2023, what replaced it
crosswalks	99217 observation discharge got deleted - which code now
crosswalks	domiciliary codes 99324-99337 were deleted, what do they map to
crosswalks	0001A 0002A covid admin codes got consolidated into what
crosswalks	R05 cough was expanded in 2021, what codes does it map to now
crosswalks	E78.0 split into E78.00 and E78.01 - which one replaces the old code
crosswalks	prolia NDC to hcpcs code
crosswalks	which HCPCS matches NDC 0006-4047-41
crosswalks	snomed 44054006 to icd 10
crosswalks	is there an official SNOMED CT to ICD-10-CM map from NLM
crosswalks	icd-10-pcs code that corresponds to CPT 59510
crosswalks	0SRC0J9 - what's the cpt equivalent
crosswalks	icd-9 procedure 45.23 colonoscopy to pcs
crosswalks	forward vs backward GEMs, which do I use to convert a legacy icd-9 claim
crosswalks	HELLO! quick q, our old system had 250.60 on a bunch of charts, what does that translate to in icd10
ncci	can 99291 be billed with 36556 same day
ncci	is 31500 intubation bundled into critical care
ncci	MUE for 11104
ncci	how many units of 20552 can i bill per day
ncci	can 96360 hydration be billed with 96365 at the same encounter
ncci	is 97150 bundled with 97110
ncci	can i bill 99497 with G0439 on the same date
ncci	69209 and 69210 same ear ok?
ncci	can 17000 and 11102 be billed on the same lesion
ncci	is 11730 bundled into 11750
ncci	MUE for 88305
ncci	j1030 max units per day
ncci	which primary codes can +96376 go with
ncci	+15272 what codes can it be billed with
ncci	can G0283 and 97032 be billed together
ncci	85025 and 85027 together?
ncci	44970 and 49320 in the same session - does ncci bundle the diagnostic lap
ncci	can 29881 and 29877 be billed together
ncci	is 76937 ultrasound guidance included in 36556
ncci	ncci edit between 99213 and 97597 on the same day
ncci	MUE on J7321
ncci	what primaries does add-on 77001 report with
ncci	MUE FOR 83036 PER DAY
ncci	can 43239 and 43249 both go on the claim if done at the same EGD
compliance	is it ok to add a late entry to a note after the claim already went out
compliance	how do i properly amend a note the payer already has
compliance	the doc forgot to sign 40 notes from last quarter, can he do a signature attestation
compliance	is a rubber stamp signature acceptable for medicare records
compliance	what makes a physician query leading
compliance	can a query be written as a yes/no question
compliance	can we query the provider after the claim dropped
compliance	UPIC audit letter - how is that different from a RAC
compliance	what is a TPE audit and how many rounds can it go
compliance	CERT contractor asked for records, what happens if we dont respond
compliance	HIPAA right of access - how many days do we have to give a patient their records and can we charge
compliance	do we need a BAA with our outside billing company
compliance	information blocking - can we hold lab results from the portal until the doc reviews them
compliance	patient asked us to email her records unencrypted, are we allowed
compliance	is coding HCCs straight off the problem list without a visit note risk adjustment fraud
compliance	medicare advantage chart reviews that only add diagnoses and never delete them - is that a DOJ issue
compliance	stark law and medical director pay - how do we show fair market value
compliance	anti-kickback safe harbor for personal services contracts requirements
compliance	can we offer free rides to appointments or is that a beneficiary inducement
compliance	what documentation do we need to waive a copay for financial hardship
compliance	how does an excluded provider get reinstated by OIG
compliance	does our compliance hotline have to allow anonymous reports
compliance	statute of limitations on a false claims act case
compliance	scribe documented the visit - what does the doc need to attest
compliance	we got an ADR and the doc wants to go back and add to the note now, can he
compliance	record retention for minors in texas
compliance	does a payer auditor need patient authorization to see records
compliance	4 factor breach risk assessment HIPAA
compliance	someone left a laptop with unencrypted patient data in their car and it got stolen
compliance	patient left a bad yelp review, can we respond and mention their visit
compliance	how does extrapolation work in a medicare audit
compliance	is it ok for a coder to change the dx on a claim without asking the doc
compliance	do we have to screen vendors and contractors against the exclusion list too
compliance	a lab wants to put a free phlebotomist in our office - kickback?
compliance	OIG advisory opinion, how do we request one
compliance	BILLING FOR A VISIT THAT NEVER HAPPENED BECAUSE THE PT NO SHOWED - IS THAT FRAUD
coverage	does medicare cover a1c every 3 months
coverage	how many hours of medical nutrition therapy does medicare cover for diabetics
coverage	DSMT coverage medicare how many hrs
coverage	cpap compliance requirement for continued medicare coverage
coverage	home oxygen qualifying sats for medicare
coverage	does UHC require prior auth for an MRI of the lumbar spine
coverage	does medicare need prior auth for blepharoplasty in the hospital outpatient dept
coverage	is advance care planning with the AWV free for the patient
coverage	screening colonoscopy after a positive cologuard - does the patient owe anything
coverage	does medicare cover home covid tests
coverage	SNF 3 day qualifying stay rule
coverage	does medicare cover eyeglasses after cataract surgery
coverage	compression garments for lymphedema - covered by medicare now?
coverage	will medicare pay for dental work before a heart valve replacement
coverage	does ohio medicaid cover newborn circumcision
coverage	behavioral health telehealth from the patients home - is that permanently covered
coverage	is a TENS unit covered for chronic low back pain
coverage	is there still a therapy cap on PT for medicare pts
coverage	medicare bariatric surgery criteria BMI 35 with comorbidity?
coverage	is hospice under part A
coverage	does part D cover tdap
coverage	does aetna require prior auth for PT after 12 visits
coverage	does the ABN have to be the CMS-R-131 form or can we make our own
coverage	can we give a blanket ABN to every medicare patient
coverage	Medicare cover hospital bed at home? what criteria
unknown	how do I cover a loveseat with a slipcover
unknown	reset the code on my master lock
unknown	whats the zip code for beverly hills
unknown	how to modify my sourdough recipe for high altitude
unknown	best time to visit iceland for the northern lights
unknown	how do I audit my own spending every month
unknown	does car insurance cover hail damage
unknown	dress code for a black tie wedding
unknown	should i bundle my internet and cable to save money
unknown	does my phone plan cover international roaming
unknown	what does the static modifier mean in java
unknown	sql query to find duplicate rows
unknown	how many tablespoons in a stick of butter
unknown	what's the airport code for lisbon
unknown	cheat codes for gta 5
unknown	how do i level up fast in elden ring
unknown	whats the penalty for a false start in football
unknown	what causes global warming
unknown	treatment for poison ivy rash
unknown	side effects of metformin
unknown	how long does a sprained ankle take to heal
unknown	good morning!! how r u
unknown	ty
unknown	bye for now
unknown	fdsa;lkj pppp
unknown	who won wimbledon 2023
unknown	time difference between new york and tokyo
unknown	how do i write a resignation letter
unknown	my cat's gps collar keeps losing signal
unknown	HOW DO I GET A STAIN OUT OF A WHITE SHIRT
## dev3
cpt	what does 99459 mean
cpt	cpt 94640?
cpt	99395 what is it
cpt	icd 10 code for hyperlipidemia, unspecified
cpt	whats the icd10 for chronic kidney disease stage 3a
cpt	dx code for seasonal allergic rhinitis
cpt	is G0447 still an active code
cpt	was 99343 deleted
cpt	J1885 description
cpt	hcpcs A6216 meaning
cpt	what is Q2035
cpt	icd-10-pcs code for a percutaneous needle biopsy of the right kidney
cpt	0JH60BZ what does that mean
cpt	icd-9-cm 272.0 what was that
cpt	work RVUs for 45378
cpt	medicare allowable for 99213 in los angeles
cpt	is 99091 status B on the physician fee schedule
cpt	is M79.1 billable or do i need more digits
cpt	Z13.31 what is it
cpt	ICD 10 FOR UTI SITE NOT SPECIFIED
cpt	whats the code for the 20-valent pneumococcal vaccine
cpt	spirometry with a pre and post bronchodilator - what's the cpt
cpt	code for ear irrigation to remove wax
cpt	icd-10 for primary osteoarthritis of the left knee
cpt	what is 87880
cpt	11200?
cpt	cat iii 0075T meaning
cpt	hcpcs code for an adjustable aluminum cane
cpt	icd10 for BMI 40.0-44.9 in an adult
cpt	is I25.10 valid for fy 2025
cpt	what is E1390
cpt	trigger point injection cpt code, doc injected 2 muscles
cpt	hey can someone tell me what 76805 is? is that the OB ultrasound
cpt	ICD-10-CM code for history of falling
cpt	code for a rapid flu test done in the office
cpt	whats G0108
cpt	nonfacility practice expense rvu 99213
cpt	what's the icd 10 for a left ankle sprain initial encounter
cpt	R53.83 descrption
cpt	whats teh cpt for a toenail removal
guidelines	does ordering a test also count as reviewing the result in MDM
guidelines	how do I tell a stable chronic illness from an acute uncomplicated problem for MDM
guidelines	what level is 32 minutes for a new patient office visit
guidelines	does the doctor's drive time to the clinic count toward office visit time
guidelines	pt saw our PA at our other location 2 yrs ago, can i bill a new patient visit with the MD
guidelines	how many minutes past the 99205 threshold before prolonged services can be added
guidelines	is there a 30 minute minimum for critical care
guidelines	critical care was only 25 minutes, what do i bill instead
guidelines	patient handed off to another hospitalist in the same group - initial or subsequent hospital care?
guidelines	after the 2023 changes how do I choose a level for observation care
guidelines	nursing facility E/M - is the level chosen by MDM or by time
guidelines	CCM eligibility - does the patient need 2 or more chronic conditions expected to last 12 months
guidelines	TCM high complexity - face to face has to be within how many days of discharge
guidelines	global days for a 20610 joint injection
guidelines	what pre-op services are included in a major surgery global package vs a minor one
guidelines	post-op visit in the global by a different doctor in the same group, can they bill it
guidelines	what does the plus sign next to a cpt code mean
guidelines	can i report an unlisted code when a category III code describes the procedure
guidelines	8 min rule: 23 minutes of ther ex and 10 minutes of manual therapy, how many units of each
guidelines	does the "with" convention let me link diabetes and neuropathy without the doc saying so
guidelines	subsequent MI within 4 weeks of the first one - how do I code and sequence it
guidelines	dementia in parkinsons - which one is coded first per the code first note
guidelines	HIV positive patient seen for an unrelated injury, which dx gets sequenced first
guidelines	old stroke with residual hemiparesis - do i code the sequela or a history code
guidelines	screening colonoscopy finds a polyp - is the screening Z code still first listed
guidelines	when is Z51.11 the first listed diagnosis for chemo encounters
guidelines	COPD with asthma documented, what are the icd-10 rules for coding both
guidelines	two midnight rule - how does the inpatient only list fit in
guidelines	incident to: does the supervising doc have to be in the suite or just reachable by phone
guidelines	NP saw an established patient for a brand new problem, can it still go incident-to
guidelines	teaching physician - does the resident's time count toward a time based E/M
guidelines	the dose given was 80 mg and the HCPCS descriptor is per 10 mg, how do i calculate units
guidelines	can i code the diagnosis from the CRNA's anesthesia record
guidelines	split/shared visit where both the PA and the doc spent time, whose time counts and do you add them
guidelines	pressure ulcer that gets worse during the admission - which stage do I code
guidelines	are external cause codes required on outpatient claims
guidelines	when should I add status Z codes like Z95.1 to a claim
guidelines	two diagnoses equally meet the definition of principal diagnosis, how do I choose
guidelines	what 7th character do I use on the O codes for a singleton pregnancy
guidelines	how do i pick the level for a home visit for an established patient
guidelines	HOW DO I CODE A PATIENT ADMITTED WITH DKA WHO ALSO HAS PNEUMONIA - WHICH IS PRINCIPAL
modifiers	whats modifier 59 for
modifiers	mod 50 vs RT and LT for medicare bilateral procedures
modifiers	do i need RT and LT modifiers on a DME claim for a pair of braces
modifiers	KX modifier for PT over the therapy threshold - what does it attest to
modifiers	GA vs GX
modifiers	when do you put the GZ modifier on
modifiers	modifier 57 meaning - major surgery only?
modifiers	what is modifier 79
modifiers	modifier 76 repeat procedure by the same doc
modifiers	-77 modifier?
modifiers	what documentation do i need to support modifier 22
modifiers	modifier 66 team surgery meaning
modifiers	81 vs 82 assistant at surgery modifiers
modifiers	phone only visit for medicare - do i use modifier 93 or 95
modifiers	XE modifier meaning
modifiers	is the JZ modifier mandatory now
modifiers	what does JW mean
modifiers	colonoscopy stopped because of poor prep, which modifier goes on it
modifiers	91 vs 59 for repeat lab tests same day
modifiers	do i put modifier 26 on the EKG interpretation
modifiers	TC modifier meaning
modifiers	modifier 24 for an unrelated E/M during the post op period
modifiers	GG modifier - screening mammo turned diagnostic same day
modifiers	FA modifier is that the left thumb
modifiers	is the SG modifier still used for ASCs
modifiers	25 or 59 on the E/M when a minor procedure was done too
modifiers	what does modifier 92 mean
modifiers	AG modifier meaning
modifiers	KS modifier diabetic supplies, when
modifiers	modifier 55 postop management only - how is it used
modifiers	PSA drawn more often than medicare allows and we have a signed ABN on file, what modifier goes on the line
modifiers	modifer 50 or 51
modifiers	WHICH MODIFIER DO I USE FOR A PROCEDURE DONE BY A LOCUM TENENS DOC
modifiers	what's the HCPCS modifier for a distinct procedural service on a separate organ
crosswalks	icd9 to icd10 for 244.9 hypothyroidism
crosswalks	530.81 gerd in icd-10?
crosswalks	300.00 anxiety converted to icd 10
crosswalks	GEM for 493.20
crosswalks	backward map I10 to icd-9
crosswalks	what dx codes support 80053 CMP
crosswalks	diagnosis codes to support ordering 82728 ferritin
crosswalks	which icd10 codes support 97112 neuromuscular re-ed
crosswalks	dx codes that support a diagnostic PSA 84153
crosswalks	which G code replaces 90471 for a hep B vaccine admin on medicare
crosswalks	what's the CPT equivalent of G0121
crosswalks	G0105 corresponds to which cpt code
crosswalks	99356 and 99357 were deleted - what replaced them
crosswalks	99343 home visit was deleted, which new code do i use instead
crosswalks	which J code goes with the NDC on our ketorolac 30 mg vials
crosswalks	ndc 50242-060-01 to hcpcs
crosswalks	what cpt matches pcs 0FT44ZZ
crosswalks	CPT 27130 to icd-10-pcs
crosswalks	icd-9 procedure 81.51 to pcs
crosswalks	what does the no map flag mean in the GEMs
crosswalks	I50.8 was expanded - what does the old code map to now
crosswalks	is there an icd-10-cm to snomed map
crosswalks	99201 was deleted, what do i bill instead
crosswalks	G0124 vs 88141 which one is the medicare version
crosswalks	what icd-9 code did Z79.01 come from
crosswalks	which dx codes support 20610 knee injection
crosswalks	ICD 10 CODE FOR OLD ICD 9 707.03
crosswalks	719.46 knee pain icd 10 equivalent
crosswalks	medicare G code instead of 99401 for obesity counseling
crosswalks	which diagnosis codes justify 87086 urine culture
crosswalks	hi, converting some old charts - what does icd-9 V57.1 become in icd-10
ncci	can 99214 and 20550 be billed together
ncci	J3301 and 20610 same day ok?
ncci	97140 with 98941 chiro same visit - ncci edit?
ncci	mue 97110
ncci	what's the MUE for 99213
ncci	how many units of 20600 per day
ncci	MUE on J1040
ncci	36415 and 36416 together?
ncci	11102 and 11104 on the same lesion
ncci	81003 with 99214 bundled?
ncci	can 94640 be billed twice on the same day, whats the mue
ncci	93005 and 93010 with 93000 on the same claim
ncci	what primary codes does +64494 have to be reported with
ncci	+G2212 which primary code
ncci	can 99439 go with 99490 or only with 99487
ncci	ncci edit 97530 and 97116
ncci	can i bill 69210 with 99213
ncci	17000 and 17110 same day different lesions
ncci	is 12002 bundled into 11042
ncci	45378 and 45380 same session
ncci	29881 and 29880 together
ncci	96413 and 96415 on the same day ncci
ncci	99232 and 99291 same day same doc - bundled?
ncci	where can i look up the rationale for a ptp edit
ncci	MUE MAI 1 meaning
ncci	can 99397 and 99213 be billed together same day
ncci	96127 units per day limit
ncci	G0444 with G0439 same day
ncci	can I bill 97802 and 97803 on the same date
ncci	IS 20553 BUNDLED WITH 20552 IF DIFFERENT MUSCLES
ncci	our doc did an I&D 10060 and a 99213 for a different problem, will the ncci edit deny it even with a 25
compliance	is always billing level 4 a red flag for auditors
compliance	doctor copies forward the assessment and plan every visit, is that cloning
compliance	how late can a doctor sign a note for medicare
compliance	can a medical assistant sign the note for the doctor
compliance	we got a records request - can we amend notes before sending them
compliance	examples of compliant physician query templates
compliance	false claims act treble damages explained
compliance	anti kickback vs stark whats the difference
compliance	is stark a strict liability law
compliance	civil monetary penalty tiers for HIPAA violations
compliance	do we have to check the OIG exclusion list every month
compliance	60 day overpayment clock - from identification or quantification
compliance	medicare advantage record retention 10 years?
compliance	can i discuss a patient's bill with their adult daughter under HIPAA
compliance	information blocking exceptions list
compliance	what does a compliance program for a 3 doctor practice need
compliance	we lost a RAC audit, what are our next steps
compliance	give me an example of unbundling that counts as fraud
compliance	doc wants me to code sepsis but it isnt documented anywhere, what do i do
compliance	is it fraud to bill incident-to when the doctor was out of the office that day
compliance	a lab offered us a free EHR interface - kickback?
compliance	DME company pays our doctor for each referral, is that legal
compliance	can we waive deductibles for our own staff as a professional courtesy
compliance	HIPAA breach under 500 patients - when do we report it
compliance	can we post patient photos on our instagram
compliance	employee looked at a celebrity's chart out of curiosity, what do we do
compliance	OIG compliance program guidance for small physician practices
compliance	internal audit found a 30% coding error rate, what now
compliance	what is a signature log and when do we need one
compliance	how long do we keep billing records after closing the practice
compliance	nominal value limit for gifts to medicare patients
compliance	IS IT UPCODING IF THE EHR SUGGESTS A HIGHER LEVEL AND WE JUST ACCEPT IT
coverage	how often does medicare cover a diabetic eye exam
coverage	does medicare cover a screening EKG every year
coverage	is the covid vaccine covered under part b
coverage	how often can a medicare diabetic get a foot exam for neuropathy
coverage	does medicaid cover birth control implants
coverage	does medicare pay for a second opinion before surgery
coverage	does aetna need prior auth for humira
coverage	is vitamin D screening covered by medicare
coverage	how long is a signed ABN good for
coverage	ABN for a frequency limit - what do i write in the reason box
coverage	is observation covered under part a or part b
coverage	telehealth originating site rural requirement for 2025
coverage	are audio only telehealth visits covered for medicare
coverage	medicare coverage criteria for a walker
coverage	insulin pump coverage criteria medicare
coverage	will medicare pay for a nebulizer
coverage	lift chair medicare coverage?
coverage	hospice eligibility 6 month prognosis rule
coverage	homebound definition for medicare home health
coverage	does medicare cover massage therapy
coverage	no copay for preventive care under the ACA - does that apply to all commercial plans
coverage	does florida medicaid cover annual physicals for adults
coverage	lung cancer screening age range for medicare
coverage	does medicare cover screening colonoscopy starting at 45
coverage	is there an upper age limit for cologuard coverage
coverage	cpap 12 week trial requirement ncd
coverage	is the welcome to medicare visit covered after the first 12 months
coverage	how often does medicare cover a screening pelvic exam
coverage	does part b cover non emergency ambulance transport to dialysis
coverage	humana medicare advantage prior auth for a CT abdomen
coverage	is the shingrix copay under part d
coverage	DOES MEDICARE COVER GENETIC TESTING FOR BRCA
unknown	hey
unknown	thank you that helped
unknown	good night
unknown	what's up
unknown	???
unknown	asdfghjkl
unknown	test
unknown	pizza
unknown	42
unknown	lol ok
unknown	whats ur name
unknown	are you a robot
unknown	i'm bored
unknown	tell me something interesting
unknown	what's the area code for dallas
unknown	my doordash promo code isn't working
unknown	how do i read the source code of an open source project
unknown	free qr code generator
unknown	zip code for downtown austin
unknown	the dress code at my new office is business casual, what does that mean
unknown	how do i write a cover letter for a nursing job
unknown	book cover design ideas for a fantasy novel
unknown	best cover bands in nashville
unknown	does homeowners insurance cover a burst pipe
unknown	how to bundle a react app with webpack
unknown	is the xbox game pass bundle worth it
unknown	what is a modifier in english grammar
unknown	dangling modifier example
unknown	access modifiers in c# explained
unknown	what does the modifier key do on a mac keyboard
unknown	how to audit my household budget
unknown	home energy audit worth it?
unknown	what are the chances of an IRS audit for a small business
unknown	effects of global warming on the oceans
unknown	global variable in python
unknown	global entry interview tips
unknown	what time does costco close
unknown	time zone for arizona
unknown	time management tips for working from home
unknown	how do I beat level 147 in candy crush
unknown	how to level a picture frame without a level
unknown	best places to visit in portugal
unknown	how do I get microsoft office free as a student
unknown	how do I file an insurance claim after a car accident
unknown	how do i claim my lottery winnings
unknown	someone used my credit card fraudulently what do i do
unknown	phishing text says my bank account is locked, is it fraud
unknown	gdpr cookie banner compliance for my website
unknown	SOC 2 compliance checklist for a saas startup
unknown	how to edit a photo on iphone to remove a person
unknown	how to edit a pdf for free
unknown	convert 350 fahrenheit to celsius
unknown	how many grams in a cup of flour
unknown	how many ounces in a liter
unknown	google maps not showing traffic
unknown	how to map a network drive in windows 11
unknown	do cars have to stop for pedestrians in a crosswalk in california
unknown	bad cell phone coverage in my house, how can i fix it
unknown	how to increase unit test code coverage in swift
unknown	amazon return policy after 30 days
unknown	what's a normal a1c
unknown	is it safe to take tylenol while pregnant
unknown	how long does a broken toe take to heal
unknown	signs of a stroke
unknown	what's a good cholesterol level
unknown	how much vitamin d should I take daily
unknown	yoga stretches for lower back pain
unknown	is it normal to have a headache after the covid vaccine
unknown	can dogs eat grapes
unknown	how often should i feed my kitten
unknown	how to stop my dog barking at the mailman
unknown	how to help my kid with fractions homework
unknown	best way to study for the sat
unknown	recommend a movie like inception
unknown	who won the world series in 2024
unknown	how many players on a soccer team
unknown	how do i make cold brew at home
unknown	should I pay off my credit card or build savings first
unknown	how to write a for loop in javascript
unknown	git undo last commit
unknown	what is docker
unknown	how do i unclog a bathroom sink
unknown	paint color ideas for a small bedroom
unknown	how long to roast a 15 lb turkey
unknown	translate good morning into french
unknown	HOW DO I TURN OFF CAPS LOCK
unknown	what's a good PTO policy for a small startup
## dev4
cpt	what is 99203
cpt	cpt 99497?
cpt	what does 20552 describe
cpt	96372 meaning
cpt	whats hcpcs J0585
cpt	J2001?
cpt	icd 10 for migraine without aura not intractable
cpt	dx code for acute sinusitis, unspecified
cpt	icd-10 code for hypokalemia
cpt	what is M17.11
cpt	N39.0 what is it
cpt	E78.5 meaning
cpt	is J45.909 billable
cpt	is G47.3 a header or can i bill it
cpt	is S52.5 billable or just a category
cpt	icd10 for a lac of the right index finger w/o nail damage, first visit
cpt	cpt for a point of care hba1c done in the office
cpt	whats the cpt for a colonoscopy done to look (not screening) w/ biopsy
cpt	code for freezing off a common wart on the hand
cpt	cpt code for a lumbar epidural steroid injection under fluoro
cpt	hcpcs for a pair of wooden underarm crutches
cpt	hcpcs code for a home blood glucose monitor
cpt	what's the J code for rocephin
cpt	j code for depo-medrol 40 mg
cpt	icd-10-pcs for a right total knee replacement, cemented
cpt	pcs code for a left heart cath
cpt	0DJ08ZZ what is it
cpt	icd9 786.2 what did it mean
cpt	is 99221 still valid in 2024
cpt	is 0232T still an active cat III code
cpt	total RVUs for 20610 non facility
cpt	work rvu for 99291
cpt	facility fee schedule amount for 99232 in my locality
cpt	medicare physician fee schedule allowed for 97110 in texas
cpt	PFS status indicator for G0071
cpt	OPPS status indicator for 36415
cpt	what is 1036F
cpt	0042T cat iii what is it
cpt	Z00.01 whats it mean
cpt	R73.03?
cpt	what's the icd-10 for chest pain, unspecified
cpt	ICD10 FOR ACUTE LOW BACK PAIN WITH SCIATICA RIGHT SIDE
cpt	dx code for a well child check on a 5 yr old
cpt	code for placing a TB skin test
cpt	hi, our provider snipped off 6 skin tags from a pts neck today, what's the cpt for that
cpt	pt came in w/ a splinter deep in the foot, doc cut it out. whats the code for removing a foreign body from subq tissue
cpt	whats teh hcpcs for an oxygen concentrator
cpt	L3908 meaning
cpt	K0001 what is it
cpt	A4550?
cpt	what is 99453
cpt	99473 cpt?
cpt	icd-10 code for long term use of aspirin
cpt	Z87.891 descrption
guidelines	MDM supports a 99214 but the doc documented 42 min, can i bill 99215 off time instead
guidelines	is the old 50% counseling rule still a thing for office visits
guidelines	41 min established pt visit - what level in 2024
guidelines	if the EKG is billed separately by our doc can he still count his read of it toward MDM data
guidelines	does a decision regarding hospitalization automatically make MDM high risk
guidelines	doc told the pt to take OTC ibuprofen, is that low or moderate risk in MDM
guidelines	are 2 stable chronic illnesses enough for moderate problems addressed
guidelines	our doc saw the pt in the ER last year, is the pt new or est when they come to his office
guidelines	kid aged out of our pediatrician and now sees our internist, same group - new patient or established?
guidelines	G2211 add-on: what does the note need to show about the longitudinal relationship
guidelines	how is prolonged time counted for a subsequent hospital visit under CMS, the G0316 rules
guidelines	how many minutes of critical care before the first unit of 99292 - cpt vs cms
guidelines	does time spent placing a central line count toward critical care time
guidelines	pt in obs over two calendar dates, how do i code day 1 and day 2 under the 2023 codes
guidelines	minimum minutes needed to bill 99223 by time
guidelines	annual nursing facility assessment - how do i choose the level now
guidelines	PCM vs CCM - what are the different requirements
guidelines	can two different practices bill CCM for the same pt in the same month
guidelines	RPM device supply - does the pt really need 16 days of readings in the 30 day period
guidelines	global period on 17110?
guidelines	global days for cataract surgery 66984
guidelines	does the 90 day global start counting the day of surgery or the day after
guidelines	10 day global procedure and pt came back on day 12 for the same problem, billable?
guidelines	are suture removal visits included in the surgical package
guidelines	do add-on codes get the multiple procedure payment reduction
guidelines	what documentation should i send along with an unlisted procedure claim
guidelines	procedure marked separate procedure was done with a related bigger procedure at the same incision, do I report it
guidelines	pt had 52 min of timed codes total under the 8 min rule, whats the max units
guidelines	does the 8 minute rule apply to commercial plans or only medicare
guidelines	what does a colon mean in the icd-10-cm tabular list
guidelines	what do the italic brackets in the alphabetic index mean
guidelines	excludes1 note but the 2 conditions are clearly unrelated - can I report both
guidelines	MRSA colonization vs MRSA infection, how do i code each
guidelines	does icd 10 presume a link between hypertension and heart failure
guidelines	acute respiratory failure w/ a COPD exacerbation on admission, which one is principal
guidelines	AKI on CKD 3b - do i code both
guidelines	gestational diabetes, pt on diet and insulin, can i use both O24.4 codes
guidelines	Z00.00 vs Z00.01, when do I use the abnormal findings one
guidelines	can a Z code be the principal dx on an inpatient admission
guidelines	pre-op clearance visit - what dx goes first, the Z01.818 or the reason for surgery
guidelines	can coders pick up a diagnosis from the path report for an inpatient stay if the attending never documents it
guidelines	outpatient note says likely pneumonia, what do i code
guidelines	pt was expected to stay 2 midnights but got better after 1, is the inpatient admission still ok under the two midnight rule
guidelines	can a PA bill incident-to in a hospital outpatient dept
guidelines	teaching physician documentation for a procedure the resident did
guidelines	doc gave 1.5 mg of a drug billed per 1 mg, do i round the units up
guidelines	when does anesthesia time start and when does it stop
guidelines	how to calculate base units plus time units for a 1 hr 23 min anesthesia case
guidelines	2 simple lacs on the arm 2.5 cm and 3 cm - do i add them together
guidelines	intermediate repair on the face and simple repair on the scalp, can I add the lengths
guidelines	how do i measure an excised lesion for coding - lesion only or lesion plus margins
guidelines	excised a 1.2 cm lesion with 0.3 cm margins each side, what size do i code
guidelines	do I wait for the path report before coding a lesion excision as benign or malignant
guidelines	pt admitted for chest pain, MI ruled out, found to have GERD - which is principal
guidelines	DO I CODE THE SYMPTOM OR THE CONDITION WHEN THE DOC WRITES ABD PAIN DUE TO GASTRITIS
modifiers	explain mod 25 like im 5
modifiers	51 vs 59 which one
modifiers	when do you use 78 vs 79
modifiers	58 vs 78 difference
modifiers	modifier 22 vs 52
modifiers	surgery stopped after anesthesia started because the pts BP dropped - is it 53 for the surgeon or 74
modifiers	do I add 50 to a bilateral screening mammo
modifiers	LT RT on a unilateral knee xray - required?
modifiers	bilateral carpal tunnel release same session, mod 50 or RT and LT
modifiers	modifier 62 vs 80
modifiers	NP first assisting in surgery, AS or SA
modifiers	do i need mod 26 when our doc reads a CT done at an outside imaging center
modifiers	does medicare still want modifier 95 on telehealth claims billed with POS 10
modifiers	FT modifier meaning
modifiers	hearing exam for a medicare pt is statutorily excluded, what modifier do i append
modifiers	pt signed an ABN for a second AWV within 12 months - GA or GX?
modifiers	which HCPCS modifier for a CRNA service with medical direction
modifiers	AD modifier anesthesia meaning
modifiers	QS modifier monitored anesthesia care
modifiers	G8 vs G9 for MAC
modifiers	KH KI KJ modifiers on DME rentals what do they do
modifiers	EY modifier meaning
modifiers	what is modifier GK
modifiers	U1 U2 U3 modifiers for medicaid - who defines what they mean
modifiers	HA HB HF modifiers behavioral health
modifiers	PT vs 33 on a screening colonoscopy that turned diagnostic, medicare vs commercial
modifiers	decision for surgery the day before a hip replacement, what modifier goes on the E/M
modifiers	do i need QW on a rapid covid antigen test for medicare
modifiers	MODIFIER 52 FOR A CODE THATS BILATERAL BY DEFINITION BUT ONLY ONE SIDE DONE??
modifiers	which modifier for a repeat EKG same day by a different doc
modifiers	-24 -25 -57 -79 cheat sheet pls
modifiers	what does the KX attest to on a CGM supply claim
modifiers	FX modifier x-ray taken on film
modifiers	modifier 54 - do i need to send the op note
modifiers	transfer of care: surgeon does the surgery, a different doc does the post-op, which modifiers does each one use
modifiers	Q1 modifier clinical research what is it
modifiers	PN vs PO modifier
modifiers	do i use JW for waste from a multi dose vial
modifiers	CG modifier for RHC claims
modifiers	doc gave a flu shot and also treated an ear infection, which modifier goes on the 99213
modifiers	does the e/m need a 25 if the doc did a 11102 at the same visit?
modifiers	wrong site surgery - what are the PA PB PC modifiers
modifiers	GU modifier meaning
modifiers	mod XS meaning in plain english
modifiers	what modifier tells medicare the service was done by a substitute physician under a fee for time arrangement
crosswalks	icd9 413.9 angina to icd-10
crosswalks	what icd-10 code replaced 787.91 diarrhea
crosswalks	icd-9 780.52 insomnia -> icd10?
crosswalks	GEM for 729.1
crosswalks	GEMs forward map for 250.40
crosswalks	I25.10 backward to icd 9
crosswalks	which icd 9 code maps to F41.1
crosswalks	does the GEM for 402.91 map to one code or a combination
crosswalks	icd-10-pcs 0DB68ZX to cpt
crosswalks	cpt for pcs 0UT90ZZ
crosswalks	what pcs code corresponds to cpt 44970 lap appy
crosswalks	cpt 63047 lumbar laminectomy to icd-10-pcs
crosswalks	medicare screening PSA G code vs 84153
crosswalks	G0104 cpt equivalent
crosswalks	commercial payer wont take G0439, what cpt do i crosswalk it to
crosswalks	G0270 vs 97803 which maps to which
crosswalks	99418 medicare equivalent
crosswalks	medicare code instead of 99418 for a prolonged nursing facility visit
crosswalks	G0206 diagnostic mammo was deleted, what replaced it
crosswalks	99218 initial obs care got deleted, what do i use now
crosswalks	97003 OT eval deleted - what replaced it
crosswalks	77057 screening mammo deleted, new code?
crosswalks	G0389 AAA screening ultrasound was replaced by what
crosswalks	11100 biopsy was deleted in 2019, what codes replaced it
crosswalks	backward gem for Z87.891
crosswalks	ICD-10 code for old icd9 V58.69
crosswalks	icd9 787.20 dysphagia in icd 10 whats the match
crosswalks	ICD9 TO ICD10 FOR 733.00 OSTEOPOROSIS
crosswalks	icd-10 K57.30 back to icd9
crosswalks	what dx codes support 93922 ABI
crosswalks	which icd-10 codes cover 95811 cpap titration
crosswalks	dx codes that justify 76536 thyroid ultrasound
crosswalks	diagnosis codes that support 72148 MRI lumbar
crosswalks	which dx codes go with 92134 OCT of the retina
crosswalks	dx codes for 83540 serum iron
crosswalks	which diagnoses support a 82947 glucose for medicare
crosswalks	supporting dx codes for 99406 tobacco counseling
crosswalks	which dx codes support 96372 when we give a B12 shot
crosswalks	what ICD-10 codes support 11055 paring corns for medicare
crosswalks	dexamethasone NDC 63323-165-01 hcpcs crosswalk
crosswalks	where do i find the CMS NDC to HCPCS crosswalk file
crosswalks	11 digit NDC on our depo-provera to J code
crosswalks	is there a crosswalk from DSM-5 codes to icd-10-cm
crosswalks	hey team, pulling data from our old billing system for a research project - need the icd-10 equivalents for icd-9 296.30 and 296.20
crosswalks	does icd-9 procedure code 47.01 have a one to one pcs match
ncci	can 20552 and 97140 go together
ncci	mue for 20553
ncci	MUE 64493
ncci	units limit on J0585 botox per day
ncci	how many units of 95117 per day
ncci	how many units of 96366 can i bill per day
ncci	11042 MUE
ncci	MUE for 97140
ncci	is there an MUE on j3490
ncci	what is the mue for 81002
ncci	mue on 87880 if we run two strep tests
ncci	17003 how many units per day
ncci	MUE for 76942
ncci	92567 tymp and 69210 same visit - ncci?
ncci	is 94760 pulse ox bundled with every E/M
ncci	96374 with 96372 same day ok?
ncci	J1100 96372 99214 on the same claim, all payable?
ncci	20610 and 20611 on the same knee
ncci	can 64450 and 64455 be billed together
ncci	77080 and 77081 same day
ncci	is 97750 bundled with 97110
ncci	97163 and 97140 same day ncci edit?
ncci	can i bill 99497 with a 99214
ncci	G0438 and 99204 on the same date for a new medicare pt
ncci	82962 fingerstick glucose with 99213 - bundled?
ncci	85018 with 85025
ncci	is 88304 bundled into 88305 on the same specimen
ncci	can 10060 be billed with 11042
ncci	11102 and 11305 on the same lesion
ncci	17110 and 17111 together?
ncci	colonoscopy 45384 and 45385 different polyps - ncci edit?
ncci	can 49650 and 44970 be billed together same session
ncci	29826 is an add-on, can it go with 29823
ncci	+99292 what primary code does it need
ncci	which primaries does +96367 pair with
ncci	add on 11046 which primary
ncci	what does column one and column two mean in an ncci pair
ncci	where's the ncci policy manual chapter on bundling for E/M services
ncci	does NCCI apply to commercial payers like aetna
ncci	ptp edit 36415 with 99214?
ncci	can we bill 96127 x3 and 99214 same day
ncci	can 99401 and 99395 be billed together
ncci	pt got a cortisone shot in the shoulder and one in the knee same day. will the MUE limit 20610 to 1 unit?
ncci	76512 and 76514 same eye same day
ncci	ncci edit 92012 & 92134
ncci	ARE 99214 G2211 AND 20610 ALL ALLOWED ON THE SAME CLAIM
compliance	is it fraud to bill the doctor's E/M when the MA did the whole visit
compliance	provider wants every pt coded with the highest risk HCC we can find, is that ok
compliance	macros that drop the same normal exam into every note - cloned documentation risk?
compliance	how do I write an addendum to a signed note correctly
compliance	late entry vs addendum vs correction - whats the difference
compliance	can a nurse fix a typo in the doctor's note after it's signed
compliance	illegible signature on a medicare order - what do we do
compliance	is a typed name with no signature valid on a lab order
compliance	can I show the doc the reimbursement difference in a query
compliance	verbal queries - do they need to be documented
compliance	how long do we keep query forms
compliance	CDI query escalation policy when the doc never responds
compliance	reverse false claims - does keeping an overpayment count
compliance	FCA knowingly standard, does reckless disregard count
compliance	what is the one purpose test under AKS
compliance	anti kickback safe harbor for EHR donations
compliance	stark - can a doctor refer to an imaging center owned by his brother
compliance	LEIE vs SAM exclusion screening difference
compliance	how do we report an overpayment to the MAC, is there a form
compliance	6 year lookback for overpayments - how far back do we need to audit
compliance	probe audit sample size for a new provider
compliance	how often should a small group do an external coding audit
compliance	record retention - HIPAA vs state law, which one wins
compliance	how long do we keep EOBs and remits
compliance	HIPAA: can front desk call out patient names in the waiting room
compliance	is it a HIPAA violation to leave a voicemail about lab results
compliance	can our billing company email patient statements under HIPAA
compliance	information blocking - pt wants their notes before the doc signs them
compliance	cures act - do we have to release psychotherapy notes
compliance	should the compliance officer report to the board or the CEO
compliance	how do i investigate a hotline complaint about coding
compliance	my provider told me to code a 99215 but the note barely supports a 99213, what do i do
compliance	physician told me to add CKD to the claim even though its nowhere in his note - can i just do it since he asked?
compliance	manager wants us to code straight from the superbill without looking at the note, is that a compliance problem
compliance	billing a new patient code for an established pt to get paid more - how bad is that
compliance	can we pay coders a bonus based on how many high level visits they code
compliance	OIG work plan items on telehealth
compliance	prepayment review vs postpayment review
compliance	SMRC audit what is it
compliance	medicaid RAC vs medicare RAC
compliance	ADR response deadline 45 days?
compliance	can we shred paper charts after scanning them into the EHR
compliance	pt's attorney wants records - do we need a signed authorization
compliance	do text messages between providers count as part of the legal medical record
compliance	PROVIDER ASKED ME TO BACKDATE THE SIGNATURE ON A DME ORDER - IS THAT FRAUD
compliance	can i get fired for refusing to code something i think is fraudulent, am i protected as a whistleblower
compliance	is it upcoding to bill critical care when the patient wasn't really critically ill
coverage	how often does medicare pay for a screening mammo for a 39 yr old
coverage	medicare screening colonoscopy every 10 yrs or every 5?
coverage	does medicare cover CT colonography
coverage	will medicare still pay for a screening colonoscopy after age 85
coverage	is a shared decision making visit required before medicare covers the LDCT
coverage	does medicare cover cataract surgery on both eyes
coverage	does medicare cover TMS for depression
coverage	spravato - part B or part D
coverage	will NY medicaid pay for ozempic for type 2
coverage	can a medicare pt get a screening lipid panel every year or only every 5
coverage	scooter POV medicare coverage criteria
coverage	diabetic test strip quantity limits for a medicare pt not on insulin
coverage	does medicare cover a CGM for a type 2 who isn't on insulin
coverage	does medicare pay for off the shelf knee braces
coverage	can a pt get PT at home through medicare if they arent homebound
coverage	SNF benefit 100 days - how many are fully covered
coverage	hospice pt - can they still see their cardiologist under part b
coverage	hospice benefit periods 90 90 60 - how do recerts work
coverage	does cigna require prior auth for a sleep study
coverage	BCBS prior auth for a spinal cord stimulator trial
coverage	medi-cal prior auth for a power wheelchair
coverage	will united healthcare pay for a DEXA every year
coverage	is the pt's home still an eligible originating site for medicare telehealth next year
coverage	does medicare pay for telehealth physical therapy in 2025
coverage	does medicare cover remote patient monitoring for hypertension
coverage	do commercial payers use an ABN or some other waiver form
coverage	does the ABN have to be signed before the service or can it be after
coverage	pap done 18 months after the last one on a low risk medicare pt, should we get an ABN
coverage	pt got a copay bill for their wellness visit because labs were drawn, isnt preventive care free
coverage	ACA preventive - is an IUD covered with no cost share
coverage	outpatient surgery - part A or part B
coverage	does part D cap insulin at $35
coverage	does medicare cover AAA screening ultrasound for women
coverage	NCD for TAVR requirements
coverage	LCD for epidural steroid injections - how many per year will medicare pay
coverage	is there an NCD for home sleep testing
coverage	medicare coverage for allergy shots
coverage	medicaid dental coverage for kids in texas
coverage	does medicare cover a wig for chemo patients
coverage	does medicare cover the RSV shot for a 62 yr old
coverage	our pt just turned 65 - is the welcome to medicare visit covered if she's still on her employer plan
coverage	does medicare advantage cover gym memberships like silver sneakers
coverage	will tricare pay for ABA therapy
coverage	DOES MEDICARE COVER ROUTINE FOOT CARE FOR DIABETICS WITH NEUROPATHY
coverage	pt is 72 with a 25 pack year hx, quit 12 years ago - eligible for medicare lung screening?
unknown	yo
unknown	good evening
unknown	thx bye
unknown	hmmmm
unknown	.
unknown	help
unknown	ajsdhfkjahsdf
unknown	what's the zip code for miami beach
unknown	how do i unlock my iphone if i forgot the passcode
unknown	best apps for designing a book cover
unknown	costco bundle deal on tires worth it?
unknown	what is a squinting modifier in grammar
unknown	family budget audit spreadsheet template
unknown	convert 70 kg to pounds
unknown	google maps keeps routing me through tolls
unknown	verizon vs t-mobile coverage in rural montana
unknown	target return policy without a receipt
unknown	what level do you unlock fast travel in skyrim
unknown	how do i fix a 404 error in my flask app
unknown	beginner marathon training plan
unknown	nfl playoff schedule
unknown	cheap hotels near disney world
unknown	easy vegetarian lasagna recipe
unknown	is it better to lease or buy a car
unknown	how do i teach my dog to sit
unknown	what grade do kids learn long division
unknown	best netflix shows right now
unknown	should i take zinc for a cold
unknown	normal blood pressure range for kids
unknown	how to treat a bee sting
unknown	how long is the flu contagious
unknown	bananas
unknown	Monday
unknown	how do i merge two branches in git
unknown	excel formula to count unique values
unknown	python dict get with a default value
unknown	what's the morse code for SOS
unknown	area code 312 is where
unknown	my wifi keeps dropping every hour
unknown	how do i cancel my gym membership
unknown	best credit card for travel points
unknown	how many units of alcohol in a pint of beer
unknown	rewrite this so it sounds professional: i cant come in tomorrow
unknown	what is the plural of octopus
unknown	WHO SINGS THAT SONG ABOUT A PIÑA COLADA
## dev5
cpt	cpt 99222 what is it
cpt	what does 90686 describe
cpt	90750??
cpt	hcpcs J1071 meaning
cpt	J0881 - which drug is this
cpt	whats the J code for zofran injection
cpt	hcpcs for the cyanocobalamin itself, not the admin
cpt	icd 10 for iron deficiency anemia unspecified
cpt	ICD-10 code for obstructive sleep apnea
cpt	dx code for plantar fasciitis of the right foot
cpt	icd10 for atrial fibrillation unspecified
cpt	what's the icd-10-cm code for COPD with acute exacerbation
cpt	icd 10 pneumonia unspecified organism
cpt	dx code for a closed fx of the left fifth metatarsal, routine healing f/u visit
cpt	I48.0 meaning
cpt	what is F17.210
cpt	Z91.81?
cpt	is E11.65 billable
cpt	M54.1 - header or can it go on a claim as is
cpt	T78.40XA descripton
cpt	is H52.4 still a valid dx for this fiscal year
cpt	was 99211 deleted too or is it still around
cpt	pcs code for a lap chole
cpt	0W9G3ZZ what procedure is this
cpt	02703DZ meaning??
cpt	v72.31 in icd9, what was that one for
cpt	icd-9 procedure code 36.06 - what did it describe
cpt	work RVU for 27447
cpt	total non facility rvus on 99214 for 2025
cpt	whats the national medicare payment for 93000 this year
cpt	OPPS status indicator for 96372
cpt	cpt for a bilateral diagnostic mammogram w/ tomo
cpt	whats the code for an IUD insertion
cpt	cpt for nexplanon removal w/ reinsertion same visit
cpt	HCPCS CODE FOR A STANDARD MANUAL WHEELCHAIR
cpt	E0143 meaning
cpt	L1833 what brace is that
cpt	A7030 - is that the full face cpap mask
cpt	code for the PCV15 pneumococcal vaccine product
cpt	cpt for a single allergen immunotherapy injection
cpt	1111F?
cpt	0500T cat 3 what is it
cpt	Q3014 what is it
cpt	what code do we use for a chest xray 2 views
cpt	our peds doc did a vision screen on a 4 yo with the photoscreener machine, whats the cpt for that
cpt	CPT FOR APPLYING A SHORT ARM FIBERGLASS CAST
cpt	new coder here - doc drained fluid from the knee using ultrasound to guide the needle, what code is that
cpt	dx code for screening for colon cancer on an avg risk pt
cpt	whats the icd 10 for a UTI in pregnancy 2nd trimester
cpt	icd-10 for s/p cholecystectomy, just the status code
cpt	hi, front desk here - a pts daughter is asking what the code 99396 on her moms bill means, can u tell me
cpt	whats teh icd10 for hx of colon polyps
guidelines	for high MDM what counts as a problem that poses a threat to life or bodily function
guidelines	is an acute illness with systemic symptoms moderate or high complexity in the problems column
guidelines	undiagnosed new problem w/ uncertain prognosis - which MDM level does that hit
guidelines	pt seen in our office in the morning then the same doc admits him to the hospital that afternoon - which E/M do we bill for the day
guidelines	cardiologist gets called to the ER to see a pt but doesnt admit - does he use ED codes or office/outpatient codes
guidelines	how many minutes are needed to report the first unit of advance care planning
guidelines	NP and MD both provide critical care to the same pt same day, can their minutes be added for split/shared
guidelines	at what age do we stop using the pediatric critical care codes and switch to 99291
guidelines	nursing facility discharge day - what's the time cutoff between the lower and higher code
guidelines	collaborative care model 99492 vs 99493 - how do they define the first month
guidelines	for 99457 does the interactive communication have to be real time or is a portal message enough
guidelines	digital E/M portal visits 99421-99423, how does the 7 day cumulative time work
guidelines	interprofessional consult codes - which doc bills 99446 and which one bills 99452
guidelines	home visit new pt 2023 rules - pick the level by MDM or total time?
guidelines	pt admitted at 11pm by the nocturnist but the attending doesnt see him until 8am - which date is the initial hospital care
guidelines	99238 vs 99239: does only bedside time count or all the discharge work on the floor
guidelines	is a return trip to the OR for a complication paid separately or is it part of the global
guidelines	how does the global surgical package work for an assistant surgeon
guidelines	minor vs major procedure - is it purely 0/10 days vs 90 days global
guidelines	cat III code vs cat I code when both sort of describe what the doc did - which takes priority
guidelines	E. coli UTI - do i need to add the B96.20 organism code as well
guidelines	anemia due to chemo in a pt with breast cancer, what do i sequence first
guidelines	pt admitted for pain control from bone mets - G89.3 first or the neoplasm code
guidelines	doc just writes diabetes with no type, what type does icd-10 default to
guidelines	"uncontrolled" diabetes in the note - how do i code that in icd-10-cm
guidelines	alcohol abuse and alcohol dependence both documented in the same note, do i code both
guidelines	can i assign an "in remission" substance use code or does the provider have to say it
guidelines	when are the G89 pain codes allowed as the first listed dx
guidelines	glaucoma 7th character for stage - left and right eye are at different stages, how do i code it
guidelines	STEMI was 5 weeks ago - still coded as an acute MI or as an old MI now
guidelines	hx of stroke with no residual deficits - Z86.73 or an I69 code
guidelines	aspiration pneumonia and bacterial pneumonia both in the note, can i code both
guidelines	GI bleed and diverticulosis both documented - can i assume they are linked?
guidelines	unstageable pressure ulcer vs stage unspecified - how are they coded differently
guidelines	osteoporosis w/ a vertebral fracture and no injury - M80 or the S code
guidelines	CKD stage 5 and ESRD both documented in the same chart, which one do I code
guidelines	postpartum complication 7 weeks after delivery - still chapter 15?
guidelines	can P codes from the perinatal chapter be assigned to an adult
guidelines	is it ok to use a congenital Q code on a 60 yr old patient
guidelines	abnormal lab values in the chart - can i code them if the doc never says they are significant
guidelines	abrasion and fracture at the same site - do i code the superficial injury too
guidelines	place of occurrence and activity external cause codes - only once per encounter?
guidelines	can SDOH Z codes come from the social worker's documentation
guidelines	post covid condition U09.9, does it go first or after the manifestation
guidelines	HIV pt admitted with PCP pneumonia, which is the principal dx
guidelines	doc wrote urosepsis in the note, what do i do with that term
guidelines	what does the word "and" mean in an icd-10-cm code title
guidelines	"see" vs "see also" in the alphabetic index
guidelines	default code in the icd10 index - what does that mean
guidelines	op note coding - do i use the preop dx or the postop dx
guidelines	can the pt be coded from the triage nurse's note in the ED or only the physician's
guidelines	attending just wrote "seen and agree" on the resident note, is that enough under teaching physician rules to bill the visit
guidelines	kenalog 40 mg given, J3301 is per 10 mg - how many units go on the line
guidelines	doc saw pt for f/u of HTN, DM2 and hyperlipidemia, all stable, reviewed 2 labs and refilled meds - does that get to a 99214 by MDM?
guidelines	s/p TKA pt comes in for aftercare, do i use Z47.1 first or the osteoarthritis code
modifiers	whats modifier 56
modifiers	bilateral lumbar ESI at L4-5 - 50 or RT/LT
modifiers	which anesthesia modifier when the anesthesiologist personally performs the whole case
modifiers	CR modifier vs DR condition code, when is each used
modifiers	do i need JZ on a single dose vial drug when nothing was wasted
modifiers	no ABN on file but we expect medicare to deny as not reasonable and necessary - which modifier
modifiers	KX modifier on a surgical dressing claim - what does it mean there
modifiers	mod 33 on a preventive service - does it go on every line
modifiers	second doc in the group repeats the same procedure later that day, what mod
modifiers	mod 79 - does the unrelated procedure start a brand new global?
modifiers	93 vs FQ modifier, which is for who
modifiers	UD modifier 340B drugs on medicaid claims
modifiers	TB vs JG modifiers for 340b
modifiers	ambulance origin/destination modifiers like RH and HR - how do you read them
modifiers	NR modifier on DME, what is it
modifiers	RA vs RB replacement modifiers for DME
modifiers	LL modifier lease purchase meaning
modifiers	BP BR BU modifiers on capped rental items
modifiers	MS modifier maintenance and servicing what does it mean
modifiers	AU AV AW modifiers, what are they for
modifiers	KO KP KQ modifiers - huh?
modifiers	GR modifier for residents in VA facilities
modifiers	GJ modifier opt out doc in an emergency
modifiers	modifier 63 infants under 4 kg - which codes can take it
modifiers	XP vs 59 when a different provider in the same group does the second service
modifiers	FB modifier device given at no cost
modifiers	FC modifier partial credit on a replaced device
modifiers	QJ modifier for pts in custody what is it
modifiers	TH modifier on an OB service for medicaid
modifiers	surgeon took the pt back to the OR for a post op bleed, which modifier on the return trip
modifiers	does modifier 51 apply on ASC facility claims
modifiers	which toe modifier is the left great toe
modifiers	LC LD RC coronary artery modifiers what do they mean
modifiers	PD modifier 3 day payment window meaning
modifiers	PI vs PS modifiers on a PET scan
modifiers	KE modifier competitive bidding
modifiers	AM modifier - physician team member service?
modifiers	CB modifier for ESRD lab services
modifiers	MA thru MH AUC modifiers on advanced imaging - still required?
modifiers	whats the modifier for a procedure done at a critical access hospital method II
modifiers	MODIFIER 25 VS 24 ??? im so confused
modifiers	GS modifier on an ESA claim meaning
modifiers	vaccine given free from the state, do I still need a modifier on the admin code or just the product
modifiers	doc did a minor procedure in the office and the pt came back 3 days later for an unrelated problem, need a modifier on the visit?
modifiers	two surgeons each do a distinct part of a spinal fusion, which modifier does each of them use
modifiers	modifier 99 vs listing each modifier separately - when do i switch to 99
modifiers	waht is the ER modifer for off campus ED services, new to me
crosswalks	icd-9 V76.12 to icd-10
crosswalks	780.2 syncope icd 10 equivalent
crosswalks	462 pharyngitis in icd10 is what
crosswalks	466.0 acute bronchitis converted to icd-10
crosswalks	724.5 backache to icd 10
crosswalks	GEM for 250.02
crosswalks	585.3 CKD 3 - what icd10 does it map to now that stage 3 is split
crosswalks	backward map F32.9 to icd-9
crosswalks	which icd-9 code did N18.6 replace
crosswalks	Solu-Medrol 125 mg NDC to J code
crosswalks	NDC 0069-0187-10 which hcpcs
crosswalks	ceftriaxone NDC crosswalk to hcpcs please
crosswalks	dx codes that support 87804 flu test
crosswalks	which icd-10 codes support a 93224 holter
crosswalks	dx codes to support 82043 microalbumin
crosswalks	which diagnosis codes support 84439 free T4
crosswalks	dx that justify 86803 hep c antibody for medicare
crosswalks	which diagnosis codes support 95886 EMG
crosswalks	dx codes supporting 72141 MRI cervical spine
crosswalks	dx codes to support 93970 venous duplex
crosswalks	supporting diagnoses for 97530 functional activity therapy
crosswalks	what cpt corresponds to G0145
crosswalks	what commercial cpt does G0444 depression screening correspond to
crosswalks	G0442 alcohol screening - which cpt is the commercial version
crosswalks	is G0500 the medicare version of 99152 moderate sedation
crosswalks	99441-99443 phone codes were deleted for 2025, what replaced them
crosswalks	96101 psych testing got deleted, whats the new code
crosswalks	22851 got deleted in 2017, which codes replaced it
crosswalks	10022 FNA w/ imaging was deleted in 2019, what does it map to now
crosswalks	43760 g-tube change replaced by which codes
crosswalks	PCS 0DTJ0ZZ to cpt
crosswalks	which icd-10-pcs code matches cpt 49505 inguinal hernia repair
crosswalks	icd-9 vol 3 procedure 81.06 to PCS
crosswalks	LOINC to CPT lab crosswalk for hemoglobin a1c
crosswalks	GEMs says 250.00 maps to E11.9 but the pt is type 1 - why
crosswalks	ICD10 PCS equivalent for cpt 58661
crosswalks	ICD-9 E CODE E885.9 TO ICD 10
crosswalks	icd9 to icd10 for 692.9 dermatitis
crosswalks	what icd-10 code did 434.91 stroke turn into
crosswalks	v58.67 insulin use icd 10 match
crosswalks	old dx 282.60 sickle cell, what is it under icd10 now
crosswalks	which icd-9 code does G43.909 map back to
crosswalks	our old practice mgmt system has 305.1 tobacco use all over, what is the icd 10 crosswalk for that
crosswalks	dx codes that support 76770 retroperitoneal ultrasound
crosswalks	what icd 10 codes back up a 70450 head ct for medical necessity
crosswalks	G0403 ekg with the IPPE - what regular cpt is that equivalent to
crosswalks	hi!! working on a data migration, need the icd10 for icd9 v10.3 (hx breast ca)
ncci	11720 and 11721 on the same date
ncci	is 97124 bundled with 97140
ncci	ncci edit between 20610 and 20605
ncci	96365 96366 96367 and 96361 all in one infusion visit - which ones pay
ncci	MUE 96365
ncci	whats the MUE on J1745 infliximab
ncci	how many units of 95024 can we bill per DOS
ncci	mue 76830
ncci	max units of 97035 ultrasound per day
ncci	81025 preg test and 81002 UA same day ok?
ncci	36410 vs 36415 billed same day ncci
ncci	94664 and 94640 same session bundled?
ncci	92552 and 92557 together - ncci edit?
ncci	G0008 and 90471 both on the same day
ncci	can 11981 and 11982 be billed at the same session
ncci	58300 iud insertion with 81025
ncci	46221 banding and 46600 anoscopy same visit
ncci	31231 nasal endoscopy and 99213 same day
ncci	can 29580 unna boot and 97597 debridement be billed together
ncci	is 77003 fluoro billable with 64483
ncci	can +64495 be billed without 64494
ncci	96375 denied because no 96374 on the claim - add-on code edit?
ncci	+15121 which primary code is required
ncci	+22840 what primaries
ncci	add-on code edit type 1 vs 2 vs 3 meaning
ncci	does NCCI apply to ASC claims
ncci	what does an MUE value of 0 mean
ncci	how do you request a change to an MUE value
ncci	ncci ptp file - what does the * in the deletion date column mean
ncci	99202 and 99381 on the same day same pt
ncci	97530 and 97535 same session
ncci	76856 and 76830 same day
ncci	93306 with 93320 and 93325 - bundled?
ncci	J2550 phenergan MUE
ncci	12031 and 12001 on separate wounds same day - ncci
ncci	is 99152 moderate sedation bundled into 43239
ncci	anesthesiologist did a 64415 block for post-op pain on a 29827 case - bundled with the anesthesia?
ncci	99233 and 99239 same day same pt
ncci	93000 and 93040 together
ncci	is 94010 bundled into 94060
ncci	MUE for 20560 dry needling
ncci	mue on 17250 silver nitrate
ncci	how many units of 96413 per day
ncci	CAN 99214 AND 96160 GO ON THE SAME CLAIM
ncci	our provider did a 69210 and then a 92557 hearing test, i keep getting a PTP denial, can i use 59 or is it a hard edit
ncci	is 20526 allowed with 64721 same hand
ncci	Hi all, our ortho PA did a 20610 on the R knee and the MD did a 99214 same day for the pts back pain, will the PTP edit hit since theyre diff providers in the same group?
compliance	doc wants all of his NP's visits billed under his name to get paid at 100% - is that legal
compliance	practice manager asked me to delete an old note from the EHR before the auditor comes
compliance	can auditors request the EHR audit trail
compliance	can the CDI nurse suggest a specific diagnosis in a query
compliance	multiple choice query - do I have to include "other" and "clinically undetermined" as options
compliance	surgeon wants to bill assistant at surgery for the scrub tech - is that fraud
compliance	can we give patients a $25 gift card for leaving us a google review
compliance	is it ok to waive copays for our medicaid patients
compliance	do we need to check state medicaid exclusion lists too or just the OIG LEIE
compliance	stark - can a group pay productivity bonuses that include DHS referrals
compliance	AKS - a drug company wants to pay our doc to speak at a dinner, is that ok
compliance	sunshine act open payments - does our practice need to report anything
compliance	hipaa - can we text appointment reminders without written consent
compliance	patient's ex-husband is calling for their kid's records - shared custody, can we release
compliance	can a remote coder work on her own personal laptop under HIPAA
compliance	ransomware attack locked our server - is that automatically a HIPAA breach
compliance	information blocking penalties for physician practices
compliance	how long do we need to keep records for a deceased patient
compliance	retention requirement for old x-ray films
compliance	self disclose to OIG or just refund the MAC - how do we decide
compliance	whistleblower share in a qui tam case - what percent do they get
compliance	got a DOJ civil investigative demand letter, what is it and what do we do
compliance	can the compliance officer also be our general counsel
compliance	annual compliance risk assessment for a billing company - where to start
compliance	our hospitalist group bills 99223 on 95% of admissions, auditor says we're an outlier - upcoding?
compliance	billing 99211 for nurse visits when the doc was out of the country all week
compliance	doc wants to bill a telehealth visit for what was really just a portal message
compliance	physician wants to bill interpretation of a CT he never actually looked at
compliance	can we change the date of service so the visit falls inside the auth window
compliance	coworker codes sepsis on every UTI admission to bump the DRG, should i report her
compliance	compliance risks of AI scribes that auto generate the visit note
compliance	signature requirements for a telehealth progress note
compliance	billed the wrong rendering provider by mistake and got paid - do we have to refund it
compliance	MAC sent an overpayment demand letter, can we appeal before paying
compliance	medicare advantage RADV audit - what is it and how do we prepare
compliance	a coder shared her EHR login with a temp, is that a HIPAA problem
compliance	pt paid cash and asked us not to tell her insurance about the visit - do we have to honor that
compliance	should our billing team have access to psychotherapy notes
compliance	life insurance company requested records - need the pt's authorization?
compliance	is it ok to pay a PT clinic a referral fee for every patient they send us
compliance	is paying our billing company a percentage of collections a compliance issue
compliance	doc wants to add more to last month's notes so they support a higher level before we send the claims, is that allowed
compliance	we hired a nurse 6 months ago and just found out shes on the LEIE, what do we owe medicare
compliance	HOW DO WE REPORT A HIPAA BREACH TO HHS
compliance	what is a credible allegation of fraud and what happens to our payments
compliance	pt found out a coworker looked up her chart - what are our obligations
compliance	our office mgr keeps telling coders to 'find something' so every medicare pt is a 99215 - is this legal??
coverage	surveillance colonoscopy 3 yrs after adenomas were removed - covered as a screening by medicare?
coverage	does medicare cover a digital rectal exam every year
coverage	does medi-cal cover hearing aids for adults
coverage	does medicare cover lasik
coverage	will medicare pay for botox injections for chronic migraine
coverage	medicare coverage for skin substitutes on diabetic foot ulcers
coverage	does medicare cover varicose vein ablation
coverage	does anthem need prior auth for a knee MRI
coverage	inspire hypoglossal nerve stim coverage criteria
coverage	does medicare cover cochlear implants
coverage	does part b cover travel vaccines like typhoid
coverage	is tdap covered by part b after a dog bite
coverage	oral chemo drugs - part b or part d
coverage	immunosuppressant drugs after a kidney transplant, which part of medicare pays
coverage	NPWT wound vac coverage criteria medicare
coverage	does medicare pay for a shower chair or grab bars
coverage	are shoe inserts for plantar fasciitis covered by medicare
coverage	breast prosthesis after mastectomy - how often will medicare replace it
coverage	ostomy supply monthly limits under medicare
coverage	nebulizer medications - part B or part D
coverage	does medicaid cover rides to doctor appts
coverage	will medicare pay for a private hospital room
coverage	SNF days 21 to 100 coinsurance amount for 2025
coverage	will medicare home health cover an aide if the patient only needs help bathing
coverage	does hospice pay room and board when the pt lives in a nursing home
coverage	hospice respite care - how many days at a time does medicare cover
coverage	inpatient rehab facility 3 hour rule for medicare coverage
coverage	medicare pt visiting her daughter out of state - is a telehealth visit from there covered
coverage	does georgia medicaid pay for telehealth visits
coverage	does the patient owe coinsurance for a virtual check-in
coverage	commercial plan charged the pt for anesthesia on a screening colonoscopy, isnt that supposed to be free under the ACA
coverage	is a vasectomy covered with no cost share under the ACA
coverage	do we need an ABN for a medicare secondary patient
coverage	how do I find the LCD for B12 injections in our MAC jurisdiction
coverage	does medicare require prior auth for a power wheelchair
coverage	is facet joint injection on the hospital OPD prior auth list
coverage	does kaiser cover acupuncture
coverage	does PA medicaid cover breast pumps
coverage	tricare hearing aids for retirees covered?
coverage	will the VA pay for an urgent care visit in the community
coverage	workers comp - how many PT visits will they cover
coverage	does medicare cover counseling by an LPC or LMHC now
coverage	does medicare pay for marriage and family therapists
coverage	is the diabetes prevention program a medicare benefit
coverage	BCBS annual physical - once per calendar year or every 365 days
coverage	will medicare cover an ekg done as part of pre-op clearance
coverage	does medicare cover a zio patch for palpitations
coverage	MOM IS ON MEDICARE AND NEEDS A HOSPITAL BED AT HOME, WILL THEY PAY FOR IT
coverage	my dad has medicare and his doctor wants him to get a stairlift, is that covered
coverage	pts wife at the front desk asking if medicare will pay for the hearing test the ENT ordered, what do i tell her
coverage	does medcare cover dentures
unknown	how do i code a website in html
unknown	whats the dress code for jury duty
unknown	hulu and disney plus bundle worth it?
unknown	is my dogs vet visit covered by pet insurance
unknown	sure
unknown	yes
unknown	what
unknown	can you write a haiku about autumn
unknown	how to change a flat tire
unknown	best way to store fresh basil
unknown	kjhgf lkjh poiu
unknown	how many feet in a mile
unknown	how do i install python on a mac
unknown	regex to match an email address
unknown	swift optional chaining example
unknown	is now a good time to buy index funds
unknown	should i refinance my mortgage
unknown	my toddler won't sleep through the night, any tips
unknown	best dog food for a senior lab
unknown	how do I stop my cat scratching the couch
unknown	what's the difference between a virus and bacteria
unknown	how can I lower my cholesterol naturally
unknown	is it ok to work out with a cold
unknown	nba finals mvp 2024
unknown	fantasy football waiver wire tips
unknown	where can i get a passport photo taken
unknown	cheap flights to cancun in march
unknown	how do i get my kid to read more
unknown	what's the plot of hamlet
unknown	study tips for nursing school finals
unknown	what does modifier mean in dungeons and dragons
unknown	how to zip a folder on windows
unknown	does my auto insurance cover a rental car
unknown	postal code format in canada
unknown	can you audit a class at a community college
unknown	how long does tsa precheck take to get approved
unknown	time signature of a waltz
unknown	how do unit tests work in xcode
unknown	tell me a fun fact about octopuses
unknown	good morning team!!
unknown	thanks, that's all for today
unknown	how do i stop a nosebleed
unknown	can i give my dog benadryl
unknown	what rhymes with orange
unknown	how do I cancel my netflix subscription
unknown	rules of pickleball
unknown	HOW DO I RESET MY ROUTER
unknown	explain blockchain like im 5
unknown	how do i appeal a parking ticket
unknown	whats the wifi password at starbucks
unknown	waht time does the pharmacy close
unknown	best pizza place near me lol
## dev6
cpt	what is cpt 92014
cpt	cpt#99283 - which ER level is that
cpt	whats 97763 used for
cpt	G0444?
cpt	HCPCS J1950 - which drug
cpt	J7325 what product is that
cpt	hcpcs for a lidocaine injection, i think its per 10 mg?
cpt	icd-10 for gout of the right great toe
cpt	ICD-10-CM code for benign essential tremor
cpt	dx code for carpal tunnel syndrome, left upper limb
cpt	what's G89.29
cpt	ICD-10-CM F411 - description?
cpt	M25.561??
cpt	is M54.50 a billable code for FY2025
cpt	is Z12.11 valid on a 2025 claim
cpt	L03.115 billable or do i need another character
cpt	ICD-10-PCS 0SRD0J9 what is that
cpt	icd-10-pcs code for a PCI with one drug eluting stent in the LAD, percutaneous approach
cpt	0HBJXZX meaning
cpt	ICD-9 414.01 - what did that code stand for
cpt	icd9 V76.12 descripiton
cpt	did cpt 95250 get deleted
cpt	96040 still valid for 2025 dates of service?
cpt	99239 wRVU
cpt	facility vs nonfacility practice expense rvu for 64483
cpt	what's the medicare allowable for 99204 in 2025
cpt	fee schedule amount for 93306 in georgia
cpt	Cat II 3044F what does it report
cpt	0398T (category III) - what procedure is it
cpt	what's the cpt for the injection when the nurse gives rocephin IM in the office
cpt	cpt for an in office urine drug screen read by direct optical observation
cpt	whats the cpt code for a 12 lead ekg, interpretation and report only
cpt	CPT FOR A PURE TONE HEARING SCREEN, AIR ONLY
cpt	HCPCS for a heavy duty rollator with a seat
cpt	E0260 description pls
cpt	K0823?
cpt	L code for an OTS pneumatic walking boot
cpt	code for the adult hep b vaccine, 3 dose schedule
cpt	shingrix vaccine product code?
cpt	icd-10 code for encounter for screening mammogram
cpt	icd-10 external cause code for a fall from a ladder, initial encounter
cpt	my doc did a punch bx on the back today - cpt?
cpt	hey quick lookup - what's the icd-10 for morbid obesity due to excess calories
cpt	what does 64483 mean in plain english
cpt	hi all, new to outpatient coding - our urologist did an in office cystoscopy, just looking, no biopsy. what's the cpt for that one?
guidelines	minimum total time for a 99203 under the 2021+ office E/M rules
guidelines	does time on the phone with the pharmacy the same day count toward the visit time
guidelines	decision regarding minor surgery with identified risk factors - which MDM risk level is that
guidelines	3 chronic illnesses and one is getting worse - is that high for number/complexity of problems
guidelines	for new patient status does CMS treat subspecialties like electrophysiology as different from general cardiology
guidelines	locum tenens covering for our doc sees one of his patients - new or established?
guidelines	do i need start and stop times documented to bill an office visit on time, or is total minutes enough
guidelines	99215 visit with 80 min total - how many units of 99417 per cpt rules
guidelines	can a split/shared visit be billed in a skilled nursing facility
guidelines	global days on a colonoscopy where a biopsy was taken
guidelines	11102 skin bx - 0 or 10 day global?
guidelines	global on 10060 I&D?
guidelines	procedure was done laparoscopically but only an open code exists, do i use the open code or an unlisted lap code
guidelines	PT billed 3 units of 97110 for 35 minutes, is that right under the 8 minute rule
guidelines	does untimed eval time get added into the total for the 8 min rule
guidelines	what does the "includes" note under an icd-10 category mean
guidelines	fracture f/u where the bone isn't healing - 7th character K or G
guidelines	why do the T36-T50 drug codes need an X before the 7th character
guidelines	when is an unspecified laterality code acceptable to report
guidelines	pt admitted for dehydration due to gastroenteritis, which one is principal
guidelines	manifestation codes in italics - can they ever be listed first
guidelines	infected knee prosthesis admission - how do I sequence the complication code and the organism
guidelines	does the two-midnight clock start when the pt hits the ER or when the inpatient order is written
guidelines	NP saw a brand new pt in our clinic, can we bill it incident to the doc
guidelines	does incident-to billing apply in a skilled nursing facility
guidelines	80 mg of depo-medrol given, J1030 is per 40 mg - how many units
guidelines	botox 155 units injected, J0585 is per 1 unit - do i put 155 on the line
guidelines	what counts as a problem "addressed" - doc lists it in the assessment but does nothing about it
guidelines	does ordering a CT in the ED count for MDM data if the result comes back after the pt leaves
guidelines	is a shared decision about elective major surgery with risk factors high risk for MDM
guidelines	95 minutes of critical care, how many 99292 units go with the 99291
guidelines	does time teaching residents count toward the attending's critical care minutes
guidelines	hypertensive urgency - do i code I16.0 plus the underlying hypertension code
guidelines	pt with covid and pneumonia - icd-10 guideline on which is sequenced first
guidelines	same condition described as both acute and chronic with separate index entries, what order do they go in
guidelines	when does observation time start for billing purposes
guidelines	NEW PATIENT DEFINITION - DOES A TELEHEALTH VISIT 2 YEARS AGO MAKE THEM ESTABLISHED
guidelines	pt seen twice in one day by the same doc for the same issue - do i combine into one E/M level
guidelines	can i count the time the doc spent talking to the family without the pt present toward the E/M
guidelines	is a prescription refill with no dose change still prescription drug management for MDM risk
guidelines	how should i pick the first listed dx when the pt comes in for 4 unrelated problems
guidelines	icd 10cm coding for a pt on long term steroids - when do i add the Z79 code
guidelines	do i code both the underlying condition and the symptom when the symptom isn't routinely associated with it
guidelines	ok so my provider spent 20 min with the pt and then another 25 min later that afternoon reviewing records and calling the specialist - can I add those together for the level or only face-to-face counts?
modifiers	FX vs FY modifier difference
modifiers	58 vs 79??
modifiers	E2 modifier - which eyelid
modifiers	f5 modifier, which finger is that
modifiers	T9 modifier meaning
modifiers	QZ modifier meaning for a crna
modifiers	AA modifier anesthesia what does it mean
modifiers	is GC required on every line when a resident was involved
modifiers	GN modifier on speech therapy claims - every line?
modifiers	audio-video visit for a UHC commercial pt - modifier 95 or no modifier
modifiers	modifier 93 on a phone psychotherapy session?
modifiers	how do I report wasted botox with the JW modifier, separate line or same line
modifiers	FS modifier on an office visit - does it even apply there
modifiers	Q0 vs Q1 whats the difference
modifiers	XS or XU for excisions of two separate lesions on the same arm
modifiers	cosmetic botox on a medicare pt, which modifier says the service is excluded
modifiers	bilateral trigger finger injections - RT/LT, 50, or the F modifiers?
modifiers	bilateral ankle xrays same day: 50 or RT and LT
modifiers	freestanding imaging center owns the scanner but an outside radiologist reads - which modifier goes on the center's claim
modifiers	only 1 view of a 2 view xray was done - modifier 52?
modifiers	GV vs GW hospice which one
modifiers	KX modifier for a gender specific service like a pap on a transgender pt
modifiers	QK modifier meaning
modifiers	LR modifier lab round trip??
modifiers	TS modifier medicaid follow up - when
modifiers	GH modifier meaning
modifiers	SB modifier for nurse midwives
modifiers	UN vs UP portable xray modifiers
modifiers	KB modifier - beneficiary requested upgrade
modifiers	X1 thru X5 patient relationship modifiers, do we have to use them yet
modifiers	FR modifier supervising physician present via audio video
modifiers	AH vs AJ modifiers
modifiers	RD modifier drug given at bedside meaning
modifiers	JC vs JD skin substitute modifiers
modifiers	G0 modifier for telestroke
modifiers	SZ modifier habilitative services
modifiers	does modifier 22 get paid automatically or does it go to manual review
modifiers	assistant surgeon at a teaching hospital because no qualified resident was available - which modifier
modifiers	same radiologist repeats the ultrasound 3 hours later - which modifier on the second one
modifiers	ST modifier on a trauma claim
modifiers	mod 59 on an E/M - is that ever appropriate?
modifiers	EJ modifier on hyaluronic acid injections
modifiers	do i need -LT on a left shoulder injection for medicare
modifiers	Doing a claim for a medicare pt who wanted a routine eye refraction, we know it's not covered and she signed the ABN anyway. which mod do I tack on - GA? GY? both?
crosswalks	icd-9 719.41 shoulder pain to icd-10
crosswalks	558.9 gastroenteritis icd9 -> icd10
crosswalks	365.11 POAG - what is it in icd10
crosswalks	346.90 migraine convert to icd 10
crosswalks	174.9 breast ca in icd-9, what icd10 codes does the GEM point to
crosswalks	790.29 abnormal glucose to icd10
crosswalks	icd9 268.9 vit d deficiency to icd-10
crosswalks	M17.11 going back to icd-9, what's the old code
crosswalks	what was the icd-9 code before E66.01
crosswalks	N40.0 BPH, whats the icd-9 equivalent
crosswalks	GEM for 493.92
crosswalks	old dx 305.00 alcohol abuse - new icd10?
crosswalks	V72.81 preop cardiovascular exam in icd10
crosswalks	icd9 procedure 51.23 lap chole to pcs
crosswalks	icd-9 proc code 45.13 EGD what is the pcs equivalent
crosswalks	cataract surgery 66984 - matching pcs code?
crosswalks	0SRD0J9 - which cpt would the surgeon bill for that
crosswalks	medicare wants a G code for the screening pelvic and breast exam part, which one
crosswalks	G0296 lung screening counseling - commercial cpt equivalent
crosswalks	what cpt do commercial payers want in place of G0402
crosswalks	G2012 virtual check in was replaced by a cpt code in 2025, which one
crosswalks	what's the G code version of 98970 for PT e-visits
crosswalks	which dx codes support 82550 CK
crosswalks	dx codes for 84550 uric acid
crosswalks	which diagnoses support 93925 lower extremity arterial duplex
crosswalks	which icd10 codes support 95907 nerve conduction
crosswalks	dx codes that support a 73721 MRI knee
crosswalks	which icd-10 codes support billing a 97161 PT eval
crosswalks	dx codes to support 86140 CRP
crosswalks	which icd-10 codes justify 78452 nuclear stress test
crosswalks	ICD10 codes that support 95251 CGM interpretation
crosswalks	97002 PT re-eval was deleted, what's the new code
crosswalks	G0204 diagnostic mammo got replaced by what
crosswalks	99444 online e/m deleted - replacement codes?
crosswalks	N18.3 got split into N18.30 N18.31 N18.32 - which one do old claims map to
crosswalks	NDC 0409-4888-01 which J code
crosswalks	NDC on our testosterone cypionate vials - which hcpcs matches
crosswalks	icd9 to icd10 crosswalk for 715.16 primary OA knee
crosswalks	WHAT ICD10 DOES 599.70 HEMATURIA MAP TO
crosswalks	hi - auditing a 2013 claim, the icd-9 was 786.05 shortness of breath, whats that in icd 10 now
ncci	mue 11721
ncci	can i bill 99213 and 11200 on the same day
ncci	is 96374 bundled with 96360
ncci	mue for 90837
ncci	MUE 64490
ncci	max units of J1885 per DOS
ncci	mue 97116
ncci	MUE on 20611
ncci	17110 and 99213 with a 25 - will NCCI let both through
ncci	20550 + 20551 same visit, will it bundle
ncci	93010 and 99232 same date same hospitalist - ncci edit?
ncci	can 15275 skin sub application and 11042 debridement go together on the same wound
ncci	45378 and 43239 same day different scopes ok?
ncci	knee scope 29880 w/ 29877 - ncci pair?
ncci	+64484 which primary
ncci	what primaries can add-on +20985 be reported with
ncci	+99459 pelvic exam add on - which e/m codes can it go with
ncci	36227 is an add-on - what does it have to be billed with
ncci	can 97110 and 97530 be billed same session
ncci	81001 and 81003 same day?
ncci	mue 87804
ncci	84443 and 84439 together - bundled?
ncci	82947 and 82962 same DOS
ncci	is 76801 bundled with 76817
ncci	can 59025 NST be billed with 99213
ncci	92250 and 92134 same day ncci
ncci	is 36620 bundled into 36556
ncci	31575 laryngoscopy with a 99214 - any ptp edit
ncci	when two codes hit a ptp edit which one gets denied, the column 1 or column 2
ncci	PTP edit effective dates - which quarterly file applies to a date of service from 2023
ncci	can 99392 and 96110 go together on the same dos
ncci	90472 - what's the daily max units
ncci	96413 and 96417 on the same claim
ncci	96365 and 96372 same day, different drugs - will it deny
ncci	mue 99498
ncci	G0439 and G0442 same day ok?
ncci	43239 and 43251 same egd
ncci	11981 and 99213 same date - bundled?
ncci	CAN WE BILL 93880 AND 93882 TOGETHER
ncci	doc did a 64721 release and a 25000 tendon sheath incision same wrist, is there an ncci edit or can i add XS
ncci	hey so our podiatrist trimmed 5 nails and debrided 2 others on the same visit, can 11719 and 11720 both go on the claim?
compliance	is it upcoding if we bill 99214 for every med refill visit
compliance	doc copied last year's exam into this year's AWV note word for word - is that cloned documentation
compliance	what's the current inflation adjusted FCA penalty range per claim
compliance	a pharmacy wants to rent a closet in our office for $5000 a month - kickback concern?
compliance	stark - can a physician own a share of the ASC he refers to
compliance	our hospital wants to send referring docs on free CME trips, stark issue?
compliance	can we waive copays on AWV labs as a marketing promotion
compliance	does the 60 day overpayment rule apply to medicare advantage plans too
compliance	is it a HIPAA violation to discuss a patient in the break room
compliance	can we disclose PHI to a collection agency without the patient's permission
compliance	patient wants records sent to her new doctor - do we need a signed authorization for that
compliance	police officer showed up asking for a patient's lab results, do we have to hand them over
compliance	who should sit on the compliance committee at a 10 provider group
compliance	does a small practice need a written code of conduct for its compliance program
compliance	our doc bills off the med student's note without redoing anything, can we get in trouble
compliance	can I get in trouble for coding what the doctor tells me even if I know it's wrong
compliance	penalty for knowingly billing medicare for tests that weren't medically necessary
compliance	adding a diagnosis just so the lab gets paid - how big of a compliance problem is that
compliance	doc orders the same big lab panel on every patient regardless of symptoms - medical necessity risk?
compliance	does the chart need to state a reason for each ordered test to show medical necessity in an audit
compliance	what is the OIG looking at in its remote patient monitoring audits
compliance	is chronic care management on the current OIG work plan
compliance	we're hiring a PA - what exclusion checks should HR run before the start date
compliance	what is the "reasonable diligence" period under the overpayment rule
compliance	can our practice be liable if our outside billing company commits fraud
compliance	coding history of cancer as active cancer to bump the RAF score - is that fraud
compliance	how do auditors detect copy paste in EHR notes
compliance	drug rep offered to pay for our staff holiday party - AKS problem?
compliance	can a hospital pay part of a physician's malpractice premium without violating stark
compliance	difference between the civil and criminal false claims act
compliance	can a patient sue us directly for a HIPAA violation
compliance	shredding vendor picks up our old paper charts - business associate agreement needed?
compliance	mailed a superbill to the wrong patient - is that a reportable breach
compliance	how long do we keep former employees' compliance training records
compliance	is it unbundling fraud to bill each test in a panel separately
compliance	we unbundled by mistake for a year - is that an error or fraud, how do we fix it
compliance	doc gets a cut of the lab profits from the tests he orders, is that legal
compliance	paying a medical director who doesn't actually do any work - stark problem?
compliance	a marketing company wants to sell us leads on medicare pts for genetic testing - allowed?
compliance	telehealth company asked our doc to sign DME orders for pts he never saw, what's the risk
compliance	does HIPAA minimum necessary apply to disclosures for treatment
compliance	IS IT OK TO LOOK UP MY OWN MEDICAL RECORD IN OUR EHR AT WORK
compliance	so my supervisor told me to just copy the dx codes from last visit onto every follow up claim whether the doc mentions them or not. this feels wrong?? could I personally get in trouble
coverage	high risk pelvic exam every 12 months - who counts as high risk for medicare
coverage	is there an age cap on medicare PSA screening
coverage	anesthesia for a screening colonoscopy - does the medicare pt owe coinsurance
coverage	how many obesity counseling visits does medicare cover in the first year
coverage	does medicare cover the yearly cardiovascular disease behavioral therapy visit
coverage	STI screening and counseling - how often will medicare pay
coverage	does part b cover PrEP for HIV now
coverage	is carotid artery stenting covered under an NCD
coverage	how do I tell which MAC's LCDs apply to our clinic in ohio
coverage	if an NCD and LCD conflict which one wins
coverage	when is an ABN NOT required
coverage	can we bill the pt if we never gave an ABN and medicare denied it
coverage	do medicaid patients need an ABN
coverage	does the part b deductible apply to a screening mammogram
coverage	is insulin for a pump covered under part b or part d
coverage	are epipens covered under part d
coverage	does medicare cover PT without a doctor's referral
coverage	medicare coverage for speech therapy after a stroke
coverage	does medicare cover hyperbaric oxygen for diabetic wounds
coverage	does medicare cover kyphoplasty
coverage	will medicare pay for a bone density scan every year for a pt on long term prednisone
coverage	does nc medicaid cover adult eye exams
coverage	does medicare cover hepatitis B screening
coverage	can a medicare pt get the covid booster at the pharmacy at no cost
coverage	who is considered high risk for medicare glaucoma screening
coverage	does aetna cover a second physical in the same year
coverage	part b premium for 2025 - how much
coverage	will medicare pay for an ambulance to urgent care
coverage	does medicare cover an ER visit while traveling abroad
coverage	will medicare pay for a yearly skin check with a dermatologist
coverage	COVERAGE FOR LUNG CANCER SCREENING - 20 PACK YEARS OR 30?
coverage	does medicare cover a sleep apnea oral appliance
coverage	does medicare cover prosthetic legs
coverage	medicare coverage for a lymphedema pump
coverage	does medicaid pay for a home health aide in NJ
coverage	are hep c treatment drugs covered under part d
coverage	how often does medicare pay for HPV testing with the pap
coverage	is a flu shot covered twice in one season by medicare
coverage	does the ACA require plans to cover a well woman visit every year
coverage	hi, pt is asking if her medicare supplement will pick up the 20% on her PT visits, how does that work
unknown	how do i reupholster a dining chair
unknown	forgot the keypad code for my garage door opener
unknown	best month to visit rome
unknown	how can i modify a cookie recipe to make it gluten free
unknown	promo code for uber eats not working
unknown	how do i cover up a tattoo with makeup
unknown	how to remap the modifier keys on a chromebook
unknown	difference between a category 4 and category 5 hurricane
unknown	how to change the global git username
unknown	do crosswalk buttons actually do anything
unknown	how many ml in a cup
unknown	how long to bake salmon at 400
unknown	how do i fix a squeaky door hinge
unknown	who won the masters this year
unknown	translate "where is the bathroom" into italian
unknown	what's 12 squared
unknown	write a python function to check if a string is a palindrome
unknown	is it safe to eat raw cookie dough
unknown	whats good for a sore throat at night
unknown	how much ibuprofen can i take in a day
unknown	symptoms of strep throat in kids
unknown	how can you tell if a mole is cancerous
unknown	best diet for someone with type 2 diabetes
unknown	hiya
unknown	morning all
unknown	k thx
unknown	qpwoeiruty
unknown	mmmmm ok??
unknown	got any good dad jokes
unknown	where can i buy cheap scrubs online
unknown	do i need a visa to visit vietnam
unknown	how many innings in a softball game
unknown	what is a null pointer exception
unknown	difference between let and var in swift
unknown	how do i get candle wax out of carpet
unknown	ideas for a 10 year old's birthday party
unknown	how do i bill a client for freelance design work
unknown	code of conduct for a youth soccer league
unknown	does my renters insurance cover a stolen bike
unknown	how to report a pothole to the city
unknown	WHATS THE BEST WAY TO CLEAN A CAST IRON PAN
unknown	what's the world population right now
unknown	ugh my toddler threw my phone in the toilet, how do i dry it out
"""#

    /// The examples of one set, or of all sets when `set` is nil.
    static func examples(in set: String? = nil) -> [(category: Category, question: String)] {
        var current = ""
        var result: [(category: Category, question: String)] = []
        for line in text.split(separator: "\n") {
            if line.hasPrefix("## ") {
                current = String(line.dropFirst(3))
                continue
            }
            guard set == nil || set == current else { continue }
            let parts = line.split(separator: "\t", maxSplits: 1)
            if parts.count == 2, let category = Category(rawValue: String(parts[0])) {
                result.append((category, String(parts[1])))
            }
        }
        return result
    }
}
