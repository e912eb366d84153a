"""
Diabetes 130-US hospitals (1999-2008) - predicting 30-day readmission.
Logistic regression vs random forest, then a final model for the dashboard team.
"""
import joblib
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from sklearn.pipeline import make_pipeline
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, classification_report, average_precision_score

DATA = "data/diabetic_data.csv"
RANDOM_STATE = 42

DROP_COLS = ["encounter_id", "patient_nbr", "weight", "payer_code", "medical_specialty"]
MED_COLS = ["metformin", "repaglinide", "nateglinide", "chlorpropamide", "glimepiride",
            "glipizide", "glyburide", "pioglitazone", "rosiglitazone", "acarbose", "insulin"]
CAT_COLS = ["race", "gender", "admission_type_id", "discharge_disposition_id",
            "admission_source_id", "max_glu_serum", "A1Cresult", "change", "diabetesMed",
            "diag_1_grp"]


def load(path):
    df = pd.read_csv(path, na_values="?")
    # keep the first encounter of each patient so the rows are independent
    df = df.sort_values("encounter_id").drop_duplicates(subset="patient_nbr", keep="first")
    # expired / hospice discharges cannot be readmitted
    df = df[~df["discharge_disposition_id"].isin([11, 13, 14, 19, 20, 21])]
    df = df[df["gender"] != "Unknown/Invalid"]
    df["readmit_30"] = (df["readmitted"] == "<30").astype(int)
    return df


def icd9_group(code):
    if pd.isna(code):
        return "missing"
    if str(code).startswith(("V", "E")):
        return "other"
    c = float(code)
    if 390 <= c < 460 or int(c) == 785:
        return "circulatory"
    if 460 <= c < 520 or int(c) == 786:
        return "respiratory"
    if 520 <= c < 580 or int(c) == 787:
        return "digestive"
    if int(c) == 250:
        return "diabetes"
    if 800 <= c < 1000:
        return "injury"
    return "other"


def add_features(df):
    df = df.copy()
    df["age_mid"] = df["age"].str.extract(r"\[(\d+)-").astype(float) + 5
    df["diag_1_grp"] = df["diag_1"].apply(icd9_group)
    df["n_med_changes"] = df[MED_COLS].isin(["Up", "Down"]).sum(axis=1)
    df["n_meds_used"] = (df[MED_COLS] != "No").sum(axis=1)
    df["total_visits"] = df["number_outpatient"] + df["number_emergency"] + df["number_inpatient"]
    return df


def to_matrix(df):
    X = df.drop(columns=DROP_COLS + MED_COLS + ["readmitted", "readmit_30", "age",
                                                "diag_1", "diag_2", "diag_3"])
    X = pd.get_dummies(X, columns=CAT_COLS, drop_first=True).fillna(0)
    return X.astype(float), df["readmit_30"]


df = add_features(load(DATA))
print(df.shape)
print(df["readmit_30"].value_counts(normalize=True))

X, y = to_matrix(df)
X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.2, stratify=y, random_state=RANDOM_STATE
)

# scaler learned on the training rows only
scaler = StandardScaler().fit(X_train)
X_train_s = scaler.transform(X_train)
X_test_s = scaler.transform(X_test)

models = {
    "baseline_prior": DummyClassifier(strategy="prior"),
    "logreg": LogisticRegression(max_iter=2000, class_weight="balanced", C=0.5),
    "rf": RandomForestClassifier(n_estimators=400, min_samples_leaf=20,
                                 class_weight="balanced_subsample", n_jobs=-1,
                                 random_state=RANDOM_STATE),
}

results = []
for name, model in models.items():
    model.fit(X_train_s, y_train)
    proba = model.predict_proba(X_test_s)[:, 1]
    results.append({"model": name,
                    "roc_auc": roc_auc_score(y_test, proba),
                    "pr_auc": average_precision_score(y_test, proba)})
    if name != "baseline_prior":
        print(f"\n===== {name} =====")
        print(classification_report(y_test, (proba >= 0.5).astype(int), digits=3))

print(pd.DataFrame(results).round(4))

coefs = pd.Series(models["logreg"].coef_[0], index=X.columns).sort_values()
top = pd.concat([coefs.head(10), coefs.tail(10)])
plt.figure(figsize=(8, 7))
top.plot.barh(color=np.where(top > 0, "tab:red", "tab:blue"))
plt.title("Logistic regression coefficients (standardised)")
plt.tight_layout()
plt.savefig("logreg_coefs.png", dpi=120)

# the numbers above are the evaluation; the shipped model uses every labelled row
final_model = make_pipeline(
    StandardScaler(),
    LogisticRegression(max_iter=2000, class_weight="balanced", C=0.5),
)
final_model.fit(X, y)
joblib.dump({"model": final_model, "columns": list(X.columns)}, "readmit_logreg.joblib")
print("saved final model trained on", len(X), "encounters")
