"""30-day readmission - gradient boosting, 5-fold CV with folds built on patients.

Many patients have several encounters; all encounters of a patient go to the
same fold so the model is always scored on patients it has not seen.
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OrdinalEncoder

TARGET = "readmitted_30d"
PATIENT = "patient_id"
ENC_ID = "encounter_id"

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(df.shape, "patients:", df[PATIENT].nunique(), "readmit rate:", round(df[TARGET].mean(), 3))
print(df.groupby(PATIENT).size().value_counts().sort_index().head())

CAT = ["gender", "admission_type", "primary_diagnosis", "insurance"]
NUM = ["age", "length_of_stay", "num_medications", "num_procedures", "num_lab_tests",
       "prior_admissions_12m"]
USE = CAT + NUM  # followup_calls_made happens after discharge -> not used


def patient_kfold(patients, k=5, seed=0):
    uniq = np.unique(patients)
    rng = np.random.default_rng(seed)
    fold_of_patient = dict(zip(rng.permutation(uniq), np.arange(len(uniq)) % k))
    fold = np.array([fold_of_patient[p] for p in patients])
    for i in range(k):
        yield np.flatnonzero(fold != i), np.flatnonzero(fold == i)


def build(clf):
    pre = ColumnTransformer([
        ("cat", OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1), CAT),
        ("num", "passthrough", NUM),
    ])
    return Pipeline([("pre", pre), ("clf", clf)])


y = df[TARGET].to_numpy()
oof = {"hgb": np.zeros(len(df)), "dummy": np.zeros(len(df))}
for tr, va in patient_kfold(df[PATIENT].to_numpy()):
    assert not set(df[PATIENT].iloc[tr]) & set(df[PATIENT].iloc[va])
    hgb = build(HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05,
                                               categorical_features=[0, 1, 2, 3], random_state=0))
    hgb.fit(df.iloc[tr][USE], y[tr])
    oof["hgb"][va] = hgb.predict_proba(df.iloc[va][USE])[:, 1]
    dm = build(DummyClassifier(strategy="prior")).fit(df.iloc[tr][USE], y[tr])
    oof["dummy"][va] = dm.predict_proba(df.iloc[va][USE])[:, 1]

for name, p in oof.items():
    print(f"{name:6s} ROC AUC {roc_auc_score(y, p):.4f}   PR AUC {average_precision_score(y, p):.4f}")

final = build(HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05,
                                             categorical_features=[0, 1, 2, 3], random_state=0))
final.fit(df[USE], y)
pd.DataFrame({ENC_ID: test[ENC_ID], "prediction": final.predict_proba(test[USE])[:, 1]}).to_csv(
    "predictions.csv", index=False)
