import pandas as pd
import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler
from sklearn.pipeline import make_pipeline
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

TARGET = "readmitted_30d"
df = pd.read_csv("train.csv", parse_dates=["admit_date"])

# readmission rate by department / discharge disposition
rates = {}
for col in ["department", "discharge_disposition"]:
    rates[col] = df.groupby(col)[TARGET].mean()
    df[f"{col}_readmit_rate"] = df[col].map(rates[col])
print(rates["department"].sort_values(ascending=False).head(10))

note = df["discharge_note"].fillna("").str.lower()
df["note_followup_words"] = note.str.count(r"follow[- ]?up|appointment|clinic")
df["note_med_changes"] = note.str.count(r"start|stop|increase|decrease")
df["los_log"] = np.log1p(df["length_of_stay"])

features = ["age", "los_log", "num_medications", "num_diagnoses", "emergency_admit",
            "note_followup_words", "note_med_changes",
            "department_readmit_rate", "discharge_disposition_readmit_rate"]

df = df.sort_values("admit_date")
split_at = int(len(df) * 0.8)
train, test = df.iloc[:split_at], df.iloc[split_at:]
print("train until", train.admit_date.max().date(), "| test from", test.admit_date.min().date())

pipe = make_pipeline(StandardScaler(), LogisticRegression(max_iter=2000, class_weight="balanced"))
pipe.fit(train[features], train[TARGET])
p = pipe.predict_proba(test[features])[:, 1]
base = DummyClassifier(strategy="prior").fit(train[features], train[TARGET]).predict_proba(test[features])[:, 1]

print("AUC", round(roc_auc_score(test[TARGET], p), 4), "| baseline", round(roc_auc_score(test[TARGET], base), 4))
print("AP ", round(average_precision_score(test[TARGET], p), 4), "| baseline",
      round(average_precision_score(test[TARGET], base), 4))
