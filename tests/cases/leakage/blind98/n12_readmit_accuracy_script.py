# readmission model - script version of my notebook
# run: python n12_readmit_accuracy_script.py
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import accuracy_score

df = pd.read_csv("train.csv", parse_dates=["admit_date", "discharge_date"])
test = pd.read_csv("test.csv", parse_dates=["admit_date", "discharge_date"])
print(df.shape, test.shape)
print(df["readmitted_30d"].value_counts())

# columns filled after discharge -> not usable
df = df.drop(columns=["days_to_next_admission", "discharge_followup_outcome"])
test = test.drop(columns=["days_to_next_admission", "discharge_followup_outcome"], errors="ignore")

cat_cols = ["sex", "race", "admission_type", "admission_source", "primary_diagnosis",
            "insurance", "discharge_disposition"]


def prep(d):
    d = d.copy()
    d["meds_per_day"] = d["num_medications"] / d["length_of_stay"].clip(lower=1)
    d["prior_total"] = d["prior_inpatient_12m"] + d["prior_er_12m"]
    d["weekend"] = (d["discharge_date"].dt.dayofweek >= 5).astype(int)
    d["hba1c"] = d["hba1c"].fillna(-1)
    d["creatinine"] = d["creatinine"].fillna(-1)
    d["bmi"] = d["bmi"].fillna(-1)
    for c in cat_cols:
        d[c] = d[c].fillna("unknown")
    return d


df = prep(df)
test = prep(test)

both = pd.get_dummies(pd.concat([df, test], keys=["tr", "te"]), columns=cat_cols)
df_enc = both.loc["tr"].copy()
test_enc = both.loc["te"].copy()

features = [c for c in df_enc.columns
            if c not in ["encounter_id", "patient_id", "admit_date", "discharge_date", "readmitted_30d"]]

# time split: last 20% of discharges for evaluation, only patients we have not seen before
df_enc = df_enc.sort_values("discharge_date")
cutoff = df_enc["discharge_date"].quantile(0.8)
train = df_enc[df_enc["discharge_date"] < cutoff]
holdout = df_enc[df_enc["discharge_date"] >= cutoff]
holdout = holdout[~holdout["patient_id"].isin(train["patient_id"])]
print("train", train.shape, "holdout", holdout.shape)

X_train, y_train = train[features], train["readmitted_30d"].astype(int)
X_hold, y_hold = holdout[features], holdout["readmitted_30d"].astype(int)

dummy = DummyClassifier(strategy="most_frequent").fit(X_train, y_train)
print("dummy (always 0) accuracy: %.4f" % accuracy_score(y_hold, dummy.predict(X_hold)))

rf = RandomForestClassifier(n_estimators=500, max_depth=14, min_samples_leaf=3,
                            n_jobs=-1, random_state=42)
rf.fit(X_train, y_train)
print("train accuracy:   %.4f" % accuracy_score(y_train, rf.predict(X_train)))
print("holdout accuracy: %.4f" % accuracy_score(y_hold, rf.predict(X_hold)))

top = pd.Series(rf.feature_importances_, index=features).sort_values(ascending=False).head(10)
print(top)

# final model on all rows
rf.fit(df_enc[features], df_enc["readmitted_30d"].astype(int))
pred = pd.DataFrame({
    "encounter_id": test_enc["encounter_id"].astype(int).values,
    "prediction": rf.predict_proba(test_enc[features])[:, 1],
})
pred.to_csv("predictions.csv", index=False)
print("wrote", len(pred), "predictions")
