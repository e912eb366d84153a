"""Readmission risk -- tuned gradient boosting with a patient-level holdout.

Validation design
-----------------
1. 20% of *patients* (GroupShuffleSplit on patient_id) are held out as the test part.
2. Hyper-parameters are searched on the remaining patients with GroupKFold, passing the
   patient ids to the search so inner folds are patient-disjoint as well.
3. The tuned model is scored once on the held-out patients: ROC AUC, AP, Brier, next to a
   prior baseline fitted on the same training patients.

followup_visit_days is recorded after discharge (leaky); encounter/patient ids are keys.
"""
import pandas as pd
from sklearn.compose import make_column_transformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, brier_score_loss, roc_auc_score
from sklearn.model_selection import GridSearchCV, GroupKFold, GroupShuffleSplit
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OrdinalEncoder

TARGET, GROUP, ID = "readmitted_30d", "patient_id", "encounter_id"
CAT = ["sex", "admission_type", "hba1c_result", "discharge_to", "primary_diagnosis"]
NUM = ["age", "length_of_stay", "num_procedures", "num_medications", "num_diagnoses",
       "prior_inpatient_1y", "prior_emergency_1y"]

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
for frame in (df, test):
    frame["hba1c_result"] = frame["hba1c_result"].fillna("not_measured")

gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=8)
tr_idx, te_idx = next(gss.split(df, df[TARGET], groups=df[GROUP]))
tr, te = df.iloc[tr_idx], df.iloc[te_idx]
assert not set(tr[GROUP]) & set(te[GROUP])
print(f"train {len(tr)} rows / test {len(te)} rows; positive rate {tr[TARGET].mean():.3f} / {te[TARGET].mean():.3f}")

pipe = make_pipeline(
    make_column_transformer(
        (OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1,
                        min_frequency=25), CAT),
        remainder="passthrough",
    ),
    HistGradientBoostingClassifier(categorical_features=list(range(len(CAT))), random_state=8),
)
grid = {
    "histgradientboostingclassifier__learning_rate": [0.03, 0.06, 0.1],
    "histgradientboostingclassifier__max_leaf_nodes": [15, 31],
    "histgradientboostingclassifier__min_samples_leaf": [40, 100],
}
search = GridSearchCV(pipe, grid, scoring="average_precision", cv=GroupKFold(n_splits=4), n_jobs=-1)
search.fit(tr[CAT + NUM], tr[TARGET], groups=tr[GROUP])
print("best params:", search.best_params_, "inner AP", round(search.best_score_, 4))

baseline = DummyClassifier(strategy="prior").fit(tr[CAT + NUM], tr[TARGET])
for name, est in [("prior baseline", baseline), ("tuned hgb", search.best_estimator_)]:
    p = est.predict_proba(te[CAT + NUM])[:, 1]
    print(f"{name:15s} AUC {roc_auc_score(te[TARGET], p):.4f}  AP {average_precision_score(te[TARGET], p):.4f}"
          f"  Brier {brier_score_loss(te[TARGET], p):.4f}")

final = search.best_estimator_.fit(df[CAT + NUM], df[TARGET])
pd.DataFrame({ID: test[ID], "prediction": final.predict_proba(test[CAT + NUM])[:, 1]}).to_csv(
    "predictions.csv", index=False)
