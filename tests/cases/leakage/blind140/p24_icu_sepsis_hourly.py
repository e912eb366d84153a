"""Early sepsis warning from hourly ICU data (PhysioNet 2019 style extract).

hourly.csv: patient_id, charttime, HR, O2Sat, Temp, SBP, MAP, DBP, Resp, Lactate, WBC,
            Creatinine, Platelets, Bilirubin, age, gender, sepsis_6h
sepsis_6h = 1 if sepsis onset happens within the next 6 hours (precomputed by the data team).
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

VITALS = ["HR", "O2Sat", "Temp", "SBP", "MAP", "DBP", "Resp"]
LABS = ["Lactate", "WBC", "Creatinine", "Platelets", "Bilirubin"]
CUTOFF = pd.Timestamp("2019-01-01")

df = pd.read_csv("data/hourly.csv", parse_dates=["charttime"])
df = df.sort_values(["patient_id", "charttime"]).reset_index(drop=True)
print(df.shape, df["patient_id"].nunique(), "stays")
print("positive hours:", df["sepsis_6h"].mean().round(4))

# vitals/labs are charted irregularly: fill gaps inside each stay
vital_lab_cols = VITALS + LABS
df[vital_lab_cols] = (df.groupby("patient_id")[vital_lab_cols]
                        .transform(lambda s: s.ffill().bfill()))

# trend features: change since the previous hour and over the last 6 hours
g = df.groupby("patient_id")
df["icu_hour"] = g.cumcount()
for c in ["HR", "Resp", "MAP", "Temp", "SBP"]:
    df[f"{c}_d1"] = g[c].diff(1)
    df[f"{c}_d6"] = g[c].diff(6)
df["shock_index"] = df["HR"] / df["SBP"]

features = [c for c in df.columns if c not in ("patient_id", "charttime", "sepsis_6h")]

# --- time-based evaluation on unseen stays ---------------------------------------
train = df[df["charttime"] < CUTOFF]
test = df[(df["charttime"] >= CUTOFF) & (~df["patient_id"].isin(train["patient_id"].unique()))]
print("train rows:", len(train), "test rows:", len(test),
      "test stays:", test["patient_id"].nunique())

X_train, y_train = train[features], train["sepsis_6h"]
X_test, y_test = test[features], test["sepsis_6h"]

clf = HistGradientBoostingClassifier(max_iter=400, learning_rate=0.05, max_leaf_nodes=31,
                                     l2_regularization=1.0, class_weight="balanced",
                                     random_state=0)
clf.fit(X_train, y_train)
p = clf.predict_proba(X_test)[:, 1]

dummy = DummyClassifier(strategy="prior").fit(X_train, y_train)
p_dummy = dummy.predict_proba(X_test)[:, 1]

# simple bedside rule as a second reference (qSOFA-like: fast breathing + low blood pressure)
rule = ((X_test["Resp"] >= 22).astype(int) + (X_test["SBP"] <= 100).astype(int)) / 2

for name, score in [("dummy", p_dummy), ("qSOFA-like rule", rule), ("HGB", p)]:
    print(f"{name:>16s}  AUROC={roc_auc_score(y_test, score):.4f}  "
          f"AUPRC={average_precision_score(y_test, score):.4f}")
