# No-show prediction - LightGBM with class balancing
# Run: python s11_noshow_oversample_first.py  (expects train.csv / test.csv next to it)

import pandas as pd
import numpy as np
from imblearn.over_sampling import RandomOverSampler
from lightgbm import LGBMClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, classification_report

TARGET = "no_show"
DROP = ["appointment_id", "patient_id", "scheduled_at", "appointment_at", "checkin_time", TARGET]


def prepare(df):
    df = df.copy()
    df["scheduled_at"] = pd.to_datetime(df["scheduled_at"])
    df["appointment_at"] = pd.to_datetime(df["appointment_at"])
    df["weekday"] = df["appointment_at"].dt.weekday
    df["hour"] = df["appointment_at"].dt.hour
    df["sched_weekday"] = df["scheduled_at"].dt.weekday
    df["female"] = (df["gender"] == "F").astype(int)
    df["age_grp"] = pd.cut(df["age"], bins=[-1, 12, 18, 30, 45, 60, 75, 120], labels=False)
    df = df.drop(columns=["gender", "neighbourhood"])
    return df


train_df = prepare(pd.read_csv("train.csv"))
print("class balance before:", train_df[TARGET].value_counts().to_dict())

# ~20% no-shows -> balance the classes so the model does not just predict "shows up"
ros = RandomOverSampler(random_state=42)
balanced, _ = ros.fit_resample(train_df, train_df[TARGET])
print("class balance after:", balanced[TARGET].value_counts().to_dict())

# validation: last 20% of the calendar, new patients only
cutoff = balanced["appointment_at"].quantile(0.8)
fit_part = balanced[balanced["appointment_at"] < cutoff]
hold = balanced[balanced["appointment_at"] >= cutoff]
hold = hold[~hold["patient_id"].isin(fit_part["patient_id"])]

features = [c for c in fit_part.columns if c not in DROP]
print("features:", features)

model = LGBMClassifier(n_estimators=500, learning_rate=0.03, num_leaves=63,
                       colsample_bytree=0.8, random_state=42, verbose=-1)
model.fit(fit_part[features], fit_part[TARGET])

prob = model.predict_proba(hold[features])[:, 1]
base = DummyClassifier(strategy="prior").fit(fit_part[features], fit_part[TARGET])
prob_base = base.predict_proba(hold[features])[:, 1]

print(f"ROC AUC   model {roc_auc_score(hold[TARGET], prob):.3f} | baseline {roc_auc_score(hold[TARGET], prob_base):.3f}")
print(f"PR AUC    model {average_precision_score(hold[TARGET], prob):.3f} | baseline {average_precision_score(hold[TARGET], prob_base):.3f}")
print(classification_report(hold[TARGET], (prob > 0.5).astype(int), digits=3))

imp = pd.Series(model.feature_importances_, index=features).sort_values(ascending=False)
print(imp.head(10))

# final fit + predictions
test_df = prepare(pd.read_csv("test.csv"))
final = LGBMClassifier(n_estimators=500, learning_rate=0.03, num_leaves=63,
                       colsample_bytree=0.8, random_state=42, verbose=-1)
final.fit(balanced[features], balanced[TARGET])
out = pd.DataFrame({"appointment_id": test_df["appointment_id"],
                    "prediction": final.predict_proba(test_df[features])[:, 1]})
out.to_csv("predictions.csv", index=False)
print(out.describe())
