# Readmission classifier - XGBoost
# Author: take-home candidate
#
# Evaluation: temporal holdout (last 6 months) restricted to new patients.

import warnings

import numpy as np
import pandas as pd
from sklearn.metrics import accuracy_score
from sklearn.preprocessing import OrdinalEncoder
from xgboost import XGBClassifier

warnings.filterwarnings("ignore")

TARGET = "readmitted_30d"
DATE = "discharge_date"
POST_OUTCOME = ["days_to_readmission", "readmit_diagnosis_code"]
CAT_FEATURES = ["sex", "admission_type", "primary_diagnosis", "insurance",
                "discharge_disposition", "hba1c_result"]
NUM_FEATURES = ["age", "length_of_stay", "num_procedures", "num_medications", "num_lab_tests"]


def load(path):
    d = pd.read_csv(path, parse_dates=["admit_date", DATE])
    d["admit_hour_weekend"] = d["admit_date"].dt.dayofweek.isin([5, 6]).astype(int)
    d["meds_per_day"] = d["num_medications"] / d["length_of_stay"].clip(lower=1)
    d["labs_per_day"] = d["num_lab_tests"] / d["length_of_stay"].clip(lower=1)
    return d


data = load("train.csv")
print("rows:", len(data), "| readmit rate:", round(data[TARGET].mean(), 3))

engineered = ["admit_hour_weekend", "meds_per_day", "labs_per_day"]
features = NUM_FEATURES + engineered + CAT_FEATURES

# temporal + patient-disjoint split
split_date = data[DATE].quantile(0.8)
train_df = data[data[DATE] < split_date - pd.Timedelta(days=30)].copy()
holdout_df = data[data[DATE] >= split_date].copy()
holdout_df = holdout_df[~holdout_df["patient_id"].isin(train_df["patient_id"])]
print("train:", train_df.shape, "holdout:", holdout_df.shape)

enc = OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1, encoded_missing_value=-2)
train_df[CAT_FEATURES] = enc.fit_transform(train_df[CAT_FEATURES].astype(str))
holdout_df[CAT_FEATURES] = enc.transform(holdout_df[CAT_FEATURES].astype(str))

X_train, y_train = train_df[features], train_df[TARGET]
X_hold, y_hold = holdout_df[features], holdout_df[TARGET]

scale = (y_train == 0).sum() / (y_train == 1).sum()
model = XGBClassifier(
    n_estimators=350,
    max_depth=5,
    learning_rate=0.05,
    subsample=0.9,
    colsample_bytree=0.8,
    scale_pos_weight=scale,
    random_state=2024,
)
model.fit(X_train, y_train)

hold_pred = model.predict(X_hold)
acc = accuracy_score(y_hold, hold_pred)

majority = int(y_train.mode()[0])
baseline_acc = accuracy_score(y_hold, np.full(len(y_hold), majority))

print(f"Majority-class baseline accuracy: {baseline_acc:.4f}")
print(f"XGBoost holdout accuracy:         {acc:.4f}")
print(f"Lift over baseline:               {acc - baseline_acc:+.4f}")

importances = pd.Series(model.feature_importances_, index=features)
print(importances.sort_values(ascending=False).to_string())

# ---- submission
full = data.copy()
full[CAT_FEATURES] = enc.fit_transform(full[CAT_FEATURES].astype(str))
final_model = XGBClassifier(**model.get_params()).fit(full[features], full[TARGET])

test = load("test.csv")
test[CAT_FEATURES] = enc.transform(test[CAT_FEATURES].astype(str))
out = pd.DataFrame({"encounter_id": test["encounter_id"],
                    "prediction": final_model.predict_proba(test[features])[:, 1]})
out.to_csv("predictions.csv", index=False)
