# No-show prediction
# Data is imbalanced (~18% no-show) so I use SMOTE to balance the classes.

import pandas as pd
import numpy as np
from imblearn.over_sampling import SMOTE
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import classification_report, roc_auc_score, f1_score

df = pd.read_csv("train.csv", parse_dates=["scheduled_at", "appointment_date"])
test = pd.read_csv("test.csv", parse_dates=["scheduled_at", "appointment_date"])

print(df.shape)
print(df["no_show"].value_counts())


def features(d):
    d = d.copy()
    d["lead_days"] = (d["appointment_date"] - d["scheduled_at"].dt.normalize()).dt.days
    d["lead_days"] = d["lead_days"].clip(lower=0)
    d["weekday"] = d["appointment_date"].dt.weekday
    d["hour_booked"] = d["scheduled_at"].dt.hour
    d["is_female"] = (d["gender"] == "F").astype(int)
    d = pd.get_dummies(d, columns=["specialty", "clinic"], dtype=int)
    keep = [c for c in d.columns if c not in
            ["appointment_id", "patient_id", "scheduled_at", "appointment_date", "gender",
             "neighbourhood", "no_show", "checked_in_at", "no_show_fee_charged"]]
    return d[keep]


X = features(df).fillna(0)
y = df["no_show"]
X_test = features(test).reindex(columns=X.columns, fill_value=0).fillna(0)

# balance classes
sm = SMOTE(random_state=42)
X_res, y_res = sm.fit_resample(X, y)
print("after SMOTE:", pd.Series(y_res).value_counts().to_dict())

X_train, X_val, y_train, y_val = train_test_split(X_res, y_res, test_size=0.25, random_state=42)

rf = RandomForestClassifier(n_estimators=300, max_depth=12, n_jobs=-1, random_state=42)
rf.fit(X_train, y_train)

pred = rf.predict(X_val)
proba = rf.predict_proba(X_val)[:, 1]
print(classification_report(y_val, pred))
print("F1:", f1_score(y_val, pred))
print("ROC AUC:", roc_auc_score(y_val, proba))

imp = pd.Series(rf.feature_importances_, index=X.columns).sort_values(ascending=False)
print(imp.head(10))

pd.DataFrame({"appointment_id": test["appointment_id"], "prediction": rf.predict_proba(X_test)[:, 1]}) \
    .to_csv("predictions.csv", index=False)
