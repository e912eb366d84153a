import numpy as np
import pandas as pd
from sklearn.pipeline import make_pipeline
from sklearn.compose import make_column_transformer
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import StandardScaler, OneHotEncoder
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import ExtraTreesClassifier, VotingClassifier
from sklearn.decomposition import TruncatedSVD
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

TARGET = "readmitted_30d"
NUM = ["age", "length_of_stay", "num_medications", "num_diagnoses", "num_procedures",
       "emergency_admit", "hba1c", "creatinine"]
CAT = ["department", "discharge_disposition"]
NOTE = "discharge_note"

df = pd.read_csv("train.csv", parse_dates=["admit_date"])
df[NOTE] = df[NOTE].fillna("")

cutoff = pd.Timestamp("2022-08-01")
train = df[df.admit_date < cutoff]
test = df[df.admit_date >= cutoff]
returning = test.patient_id.isin(train.patient_id)
print(f"dropping {returning.sum()} test stays of patients already seen in training")
test = test[~returning]


def preprocessor(svd=False):
    note_steps = [TfidfVectorizer(min_df=5, max_df=0.6, sublinear_tf=True)]
    if svd:
        note_steps.append(TruncatedSVD(n_components=40, random_state=0))
    return make_column_transformer(
        (make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), NUM),
        (OneHotEncoder(handle_unknown="ignore"), CAT),
        (make_pipeline(*note_steps), NOTE),
    )


vote = VotingClassifier(
    estimators=[
        ("lr", make_pipeline(preprocessor(), LogisticRegression(C=0.3, max_iter=5000,
                                                                class_weight="balanced"))),
        ("et", make_pipeline(preprocessor(svd=True),
                             ExtraTreesClassifier(n_estimators=400, min_samples_leaf=8,
                                                  class_weight="balanced", n_jobs=-1,
                                                  random_state=0))),
    ],
    voting="soft",
)
vote.fit(train, train[TARGET])

results = {}
for name, est in [("voting", vote),
                  ("dummy", DummyClassifier(strategy="prior").fit(train, train[TARGET]))]:
    s = est.predict_proba(test)[:, 1]
    results[name] = (roc_auc_score(test[TARGET], s), average_precision_score(test[TARGET], s))
print(pd.DataFrame(results, index=["roc_auc", "avg_precision"]).T.round(4))
