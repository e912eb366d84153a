"""30-day readmission risk from inpatient encounters; train on 2016-2018, evaluate on 2019."""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, brier_score_loss, roc_auc_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder

TARGET = "readmit_30d"

enc = pd.read_csv("encounters.csv")
enc["admit_date"] = pd.to_datetime(enc["admit_date"])
enc["discharge_date"] = pd.to_datetime(enc["discharge_date"])
enc = enc.sort_values(["admit_date", "encounter_id"]).reset_index(drop=True)

enc["length_of_stay"] = (enc["discharge_date"] - enc["admit_date"]).dt.days
enc["prior_admissions"] = enc.groupby("patient_id").cumcount()
enc["days_since_prev_discharge"] = (
    enc["admit_date"] - enc.groupby("patient_id")["discharge_date"].shift(1)
).dt.days
enc["days_since_prev_discharge"] = enc["days_since_prev_discharge"].fillna(9999)
enc["age_band"] = pd.cut(enc["age"], [0, 40, 55, 65, 75, 85, 120], labels=False)
enc["weekend_discharge"] = enc["discharge_date"].dt.dayofweek.ge(5).astype(int)

num_cols = ["length_of_stay", "prior_admissions", "days_since_prev_discharge", "age_band", "n_medications",
            "n_procedures", "n_diagnoses", "charlson_index", "weekend_discharge"]
cat_cols = ["admission_type", "discharge_disposition", "primary_dx_group", "payer"]

cutoff = pd.Timestamp("2019-01-01")
train = enc[enc["admit_date"] < cutoff]
test = enc[enc["admit_date"] >= cutoff]
print(f"train {len(train)} encounters ({train.patient_id.nunique()} patients), "
      f"test {len(test)} encounters ({test.patient_id.nunique()} patients)")

prep = ColumnTransformer(
    [("cat", OneHotEncoder(handle_unknown="ignore", min_frequency=25), cat_cols)],
    remainder="passthrough",
    sparse_threshold=0,
)
model = Pipeline([("prep", prep),
                  ("hgb", HistGradientBoostingClassifier(max_iter=500, learning_rate=0.04, l2_regularization=1.0,
                                                         random_state=0))])
model.fit(train[num_cols + cat_cols], train[TARGET])
p = model.predict_proba(test[num_cols + cat_cols])[:, 1]

dummy = DummyClassifier(strategy="prior").fit(train[num_cols], train[TARGET])
p0 = dummy.predict_proba(test[num_cols])[:, 1]

for name, proba in (("dummy prior", p0), ("hist-gbm", p)):
    print(f"{name:<12} AUC {roc_auc_score(test[TARGET], proba):.4f}  AP {average_precision_score(test[TARGET], proba):.4f}"
          f"  Brier {brier_score_loss(test[TARGET], proba):.4f}")
