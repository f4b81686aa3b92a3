extension PlaceSchema {
    /// Coded problems, symptoms and findings in the GP record that are not held on a register
    /// (the deficits of the electronic frailty index, among others).
    public static let problems = TableSchema(
        "problems", "one problem, symptom or finding coded in the GP record (not a register entry)",
        key: ["problem_id"],
        columns: [
            id("problem_id", "record identifier"), personID,
            eventDate("recorded_date", "date first recorded"),
            Column("code", .code(problemCodes), "what was recorded"),
        ], indexed: ["person_id"])

    /// Medicines prescribed in primary care: a repeat medicine (start to end) or an acute course.
    public static let medications = TableSchema(
        "medications", "one medicine prescribed in primary care: a repeat medicine or an acute course",
        key: ["medication_id"],
        columns: [
            id("medication_id", "record identifier"), personID,
            eventDate("start_date", "date first issued"),
            eventDate(
                "end_date", optional: true,
                "last day covered (an acute course: its end; a repeat: when stopped, empty if current)"),
            Column("medicine", .code(medicineGroups), "medicine group (BNF-style)"),
            Column("repeat_medicine", .flag, "1 for a repeat medicine, 0 for an acute course"),
            Column(
                "respiratory", .flag, "1 if issued for respiratory symptoms (the consultation's reason)"),
        ], dateOrders: [DateOrder("start_date", before: "end_date")], indexed: ["person_id"])

    /// Codes of the problems table: the electronic frailty index's deficits that no register holds.
    public static let problemCodes = [
        "activity_limitation", "anaemia", "arthritis", "dizziness", "dyspnoea", "falls", "foot_problems",
        "fragility_fracture", "hearing_impairment", "heart_valve_disease", "housebound",
        "hypotension_syncope",
        "memory_problems", "mobility_problems", "osteoporosis", "parkinsonism", "peptic_ulcer", "skin_ulcer",
        "sleep_disturbance", "social_vulnerability", "thyroid_disease", "urinary_incontinence",
        "urinary_disease", "visual_impairment", "weight_loss",
    ]

    /// Medicine groups of the medications table.
    public static let medicineGroups = [
        "inhaler", "prednisolone", "antibiotic", "antihypertensive", "statin", "antiplatelet",
        "anticoagulant", "diuretic", "diabetes_oral", "insulin", "antidepressant", "antipsychotic",
        "antiepileptic", "dementia_drug", "dmard", "analgesic", "proton_pump_inhibitor", "levothyroxine",
        "bisphosphonate", "parkinson_drug", "other",
    ]
}
