"""30-day readmission: gradient boosting vs majority class under Monte Carlo
patient-level splits (custom BaseCrossValidator, GroupShuffleSplit-like)."""
import numpy as np
import pandas as pd
from sklearn.compose import make_column_transformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.model_selection import BaseCrossValidator, cross_validate
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder

TARGET, PATIENT, ENC_ID = "readmitted_30d", "patient_id", "encounter_id"
df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(df.shape, df[TARGET].mean().round(3))


class MonteCarloGroupSplit(BaseCrossValidator):
    def __init__(self, n_repeats=10, test_share=0.2, seed=0):
        self.n_repeats = n_repeats
        self.test_share = test_share
        self.seed = seed

    def get_n_splits(self, X=None, y=None, groups=None):
        return self.n_repeats

    def _iter_test_indices(self, X=None, y=None, groups=None):
        groups = np.asarray(groups)
        uniq = np.unique(groups)
        rng = np.random.default_rng(self.seed)
        for _ in range(self.n_repeats):
            chosen = rng.choice(uniq, size=int(round(self.test_share * len(uniq))), replace=False)
            yield np.flatnonzero(np.isin(groups, chosen))


CAT = ["gender", "admission_type", "primary_diagnosis", "insurance"]
NUM = ["age", "length_of_stay", "num_medications", "num_procedures", "num_lab_tests",
       "prior_admissions_12m"]
X, y, groups = df[CAT + NUM], df[TARGET], df[PATIENT]

model = make_pipeline(
    make_column_transformer((OneHotEncoder(handle_unknown="ignore"), CAT), remainder="passthrough"),
    GradientBoostingClassifier(n_estimators=250, max_depth=3, learning_rate=0.05, random_state=0),
)
majority = DummyClassifier(strategy="most_frequent")
cv = MonteCarloGroupSplit(n_repeats=10, test_share=0.2, seed=42)

scoring = ["accuracy", "roc_auc", "average_precision"]
r_model = cross_validate(model, X, y, groups=groups, cv=cv, scoring=scoring)
r_major = cross_validate(majority, X, y, groups=groups, cv=cv, scoring=scoring)
for s in scoring:
    print(f"{s:18s} GBM {r_model['test_' + s].mean():.4f}   majority baseline {r_major['test_' + s].mean():.4f}")

model.fit(X, y)
pd.DataFrame({ENC_ID: test[ENC_ID], "prediction": model.predict_proba(test[CAT + NUM])[:, 1]}).to_csv(
    "predictions.csv", index=False)
