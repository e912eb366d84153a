"""Fraud flagging from adjuster claim notes.

Only ~6% of claims are fraud, so the minority class is upsampled to a 1:3 ratio in the
training part (the holdout keeps the real class balance).
Holdout: 20% of policies (GroupShuffleSplit on policy_id).
Model: TF-IDF (word + char n-grams) on the notes + a couple of numeric fields, logistic regression.
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, classification_report, f1_score, roc_auc_score
from sklearn.model_selection import GroupShuffleSplit
from sklearn.pipeline import FeatureUnion, Pipeline
from sklearn.preprocessing import FunctionTransformer, OneHotEncoder
from sklearn.utils import resample

RNG = 11
TARGET = "is_fraud"


def prepare(df):
    df = df.copy()
    df["claim_notes"] = df["claim_notes"].fillna("").str.lower()
    df["log_amount"] = np.log1p(df["claim_amount"].clip(lower=0))
    lag = pd.to_datetime(df["reported_date"]) - pd.to_datetime(df["incident_date"])
    df["report_lag_days"] = lag.dt.days.clip(0, 365)
    return df


def build_model():
    text = FeatureUnion([
        ("word", TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)),
        ("char", TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), min_df=3, sublinear_tf=True)),
    ])
    pre = ColumnTransformer([
        ("notes", text, "claim_notes"),
        ("type", OneHotEncoder(handle_unknown="ignore"), ["claim_type"]),
        ("num", FunctionTransformer(lambda x: x / np.array([10.0, 365.0, 120.0])),
         ["log_amount", "report_lag_days", "policy_tenure_months"]),
    ])
    return Pipeline([("pre", pre), ("clf", LogisticRegression(C=5.0, max_iter=4000))])


def upsample_fraud(df, ratio=1 / 3):
    fraud, legit = df[df[TARGET] == 1], df[df[TARGET] == 0]
    n_target = int(len(legit) * ratio)
    fraud_up = resample(fraud, replace=True, n_samples=n_target, random_state=RNG)
    return pd.concat([legit, fraud_up]).sample(frac=1, random_state=RNG).reset_index(drop=True)


claims = prepare(pd.read_csv("train.csv"))
test = prepare(pd.read_csv("test.csv"))
print(claims.shape, "fraud rate", round(claims[TARGET].mean(), 4), "policies", claims["policy_id"].nunique())

gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=RNG)
tr_idx, ho_idx = next(gss.split(claims, claims[TARGET], groups=claims["policy_id"]))
fit_df, ho_df = claims.iloc[tr_idx], claims.iloc[ho_idx]
fit_df = upsample_fraud(fit_df)
print("training part after upsampling:", fit_df[TARGET].value_counts().to_dict())

dummy = DummyClassifier(strategy="prior").fit(fit_df, fit_df[TARGET])
model = build_model().fit(fit_df, fit_df[TARGET])

y_ho = ho_df[TARGET]
for name, p in [("dummy", dummy.predict_proba(ho_df)[:, 1]), ("tfidf-lr", model.predict_proba(ho_df)[:, 1])]:
    print(f"{name:9s} ROC-AUC {roc_auc_score(y_ho, p):.4f}  PR-AUC {average_precision_score(y_ho, p):.4f}  "
          f"F1 {f1_score(y_ho, p > 0.5):.4f}")
print(classification_report(y_ho, model.predict(ho_df), digits=3))

balanced = upsample_fraud(claims)
final = build_model().fit(balanced, balanced[TARGET])
pd.DataFrame({"claim_id": test["claim_id"], "prediction": final.predict_proba(test)[:, 1]}).to_csv(
    "predictions.csv", index=False)
