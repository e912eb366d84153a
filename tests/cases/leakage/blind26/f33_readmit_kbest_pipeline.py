"""Readmission: diagnosis-code one-hots + univariate selection fitted on the training years."""
import numpy as np
import pandas as pd
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.feature_selection import SelectKBest, mutual_info_classif
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

stays = pd.read_csv("stays.csv", parse_dates=["admit_date", "discharge_date"])
dx = pd.read_csv("diagnoses.csv")
dx["icd3"] = dx["icd10"].str[:3]
doc = dx.groupby("stay_id")["icd3"].agg(" ".join).rename("dx_doc")
stays = stays.merge(doc, left_on="stay_id", right_index=True, how="left")
stays["dx_doc"] = stays["dx_doc"].fillna("")

cut = pd.Timestamp("2022-01-01")
train = stays[stays["admit_date"] < cut]
test = stays[stays["admit_date"] >= cut]
test = test[~test["patient_id"].isin(train["patient_id"])]
print("train stays", len(train), "test stays", len(test))

pipe = Pipeline([
    ("vec", CountVectorizer(token_pattern=r"[A-Z]\d\d", lowercase=False, binary=True, min_df=5)),
    ("kbest", SelectKBest(mutual_info_classif, k=250)),
    ("clf", LogisticRegression(C=0.3, max_iter=3000)),
])
pipe.fit(train["dx_doc"], train["readmitted_30d"])
proba = pipe.predict_proba(test["dx_doc"])[:, 1]

dummy = DummyClassifier(strategy="prior").fit(train[["age"]], train["readmitted_30d"])
proba0 = dummy.predict_proba(test[["age"]])[:, 1]

y = test["readmitted_30d"]
print(f"prior baseline  AUROC {roc_auc_score(y, proba0):.3f}  AUPRC {average_precision_score(y, proba0):.3f}")
print(f"kbest + logreg  AUROC {roc_auc_score(y, proba):.3f}  AUPRC {average_precision_score(y, proba):.3f}")

vocab = np.array(pipe.named_steps["vec"].get_feature_names_out())
kept = vocab[pipe.named_steps["kbest"].get_support()]
coefs = pd.Series(pipe.named_steps["clf"].coef_[0], index=kept).sort_values()
print(coefs.tail(15))
