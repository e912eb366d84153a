"""In-hospital mortality from the first-24h lab panel.

labs.csv      : patient_id, lab_name, value, unit, hours_from_admit
outcomes.csv  : patient_id, age, sex, admission_type, died_in_hospital
Only labs drawn in the first 24h of the stay are used (one admission per patient).
"""
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import RocCurveDisplay, average_precision_score, roc_auc_score
from sklearn.model_selection import train_test_split

LABS = ["albumin", "bicarbonate", "bilirubin", "creatinine", "glucose", "hemoglobin",
        "lactate", "platelets", "potassium", "sodium", "bun", "wbc", "inr"]

labs = pd.read_csv("data/labs.csv")
outcomes = pd.read_csv("data/outcomes.csv")

labs = labs[(labs["hours_from_admit"] >= 0) & (labs["hours_from_admit"] <= 24)]
labs = labs[labs["lab_name"].isin(LABS)]

# worst (max) and mean value of each lab over the first day
wide = labs.pivot_table(index="patient_id", columns="lab_name", values="value",
                        aggfunc=["mean", "max"])
wide.columns = [f"{lab}_{agg}" for agg, lab in wide.columns]
wide = wide.reset_index()

df = outcomes.merge(wide, on="patient_id", how="left")
df["male"] = (df["sex"] == "M").astype(int)
df = pd.get_dummies(df, columns=["admission_type"], drop_first=True, dtype=int)
print(df.shape, "mortality:", df["died_in_hospital"].mean().round(3))

lab_cols = [c for c in df.columns if c.endswith("_mean") or c.endswith("_max")]
print(df[lab_cols].isna().mean().sort_values(ascending=False).head(8))

# missing labs -> cohort median, then standardise
for c in lab_cols:
    df[c + "_missing"] = df[c].isna().astype(int)
df[lab_cols] = df[lab_cols].fillna(df[lab_cols].median())
df[lab_cols] = np.log1p(df[lab_cols].clip(lower=0))
df[lab_cols] = (df[lab_cols] - df[lab_cols].mean()) / df[lab_cols].std()
df["age_z"] = (df["age"] - df["age"].mean()) / df["age"].std()

feature_cols = (lab_cols + [c + "_missing" for c in lab_cols] + ["age_z", "male"]
                + [c for c in df.columns if c.startswith("admission_type_")])
X = df[feature_cols].values
y = df["died_in_hospital"].values

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, stratify=y,
                                                    random_state=5)
clf = LogisticRegression(penalty="l2", C=0.3, max_iter=5000)
clf.fit(X_train, y_train)
proba = clf.predict_proba(X_test)[:, 1]
print("AUROC:", round(roc_auc_score(y_test, proba), 4))
print("AUPRC:", round(average_precision_score(y_test, proba), 4))

coefs = pd.Series(clf.coef_[0], index=feature_cols).sort_values()
print(coefs.tail(10))
RocCurveDisplay.from_predictions(y_test, proba)
plt.savefig("figures/roc_lab_panel.png", dpi=120)
