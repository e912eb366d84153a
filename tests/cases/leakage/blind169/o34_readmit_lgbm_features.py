"""Readmission risk with LightGBM.

Feature groups:
  * demographics + admission context
  * utilisation history (prior visits)
  * in-stay intensity (labs, procedures, meds, length of stay)
  * post-acute utilisation
"""
import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.metrics import average_precision_score, roc_auc_score, brier_score_loss
from sklearn.model_selection import GroupShuffleSplit

TARGET = "readmitted_30d"

DEMOGRAPHIC = ["age_band", "gender", "admission_type", "admission_source"]
HISTORY = ["prior_inpatient", "prior_emergency", "prior_outpatient"]
IN_STAY = ["los_days", "num_lab_procedures", "num_procedures", "num_medications", "num_diagnoses",
           "primary_diagnosis", "a1c_result", "max_glu_serum", "insulin", "change_in_meds",
           "discharge_disposition"]
POST_ACUTE = ["post_discharge_er_visits"]
FEATURES = DEMOGRAPHIC + HISTORY + IN_STAY + POST_ACUTE


def prepare(df):
    df = df.copy()
    for c in df[FEATURES].select_dtypes("object").columns:
        df[c] = df[c].astype("category")
    df["util_total"] = df[HISTORY].sum(axis=1)
    df["meds_x_los"] = df["num_medications"] * df["los_days"]
    return df


data = prepare(pd.read_csv("train.csv"))
submission_rows = prepare(pd.read_csv("test.csv"))
feats = FEATURES + ["util_total", "meds_x_los"]

splitter = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=3)
tr_i, te_i = next(splitter.split(data, groups=data["patient_id"]))
train, test = data.iloc[tr_i], data.iloc[te_i]

clf = lgb.LGBMClassifier(n_estimators=700, learning_rate=0.03, num_leaves=31, min_child_samples=60,
                         colsample_bytree=0.8, subsample=0.8, subsample_freq=1, is_unbalance=True,
                         random_state=3, verbose=-1)
clf.fit(train[feats], train[TARGET])
prob = clf.predict_proba(test[feats])[:, 1]

print(f"ROC AUC   {roc_auc_score(test[TARGET], prob):.4f}")
print(f"PR AUC    {average_precision_score(test[TARGET], prob):.4f}")
print(f"Brier     {brier_score_loss(test[TARGET], prob):.4f}")

gain = pd.Series(clf.booster_.feature_importance("gain"), index=feats)
print((gain / gain.sum()).sort_values(ascending=False).round(3).head(10))

clf.fit(data[feats], data[TARGET])
pd.DataFrame({"encounter_id": submission_rows["encounter_id"],
              "prediction": clf.predict_proba(submission_rows[feats])[:, 1]}).to_csv("predictions.csv", index=False)
