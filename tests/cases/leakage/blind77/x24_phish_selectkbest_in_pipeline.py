"""
Phishing URL detection: univariate feature screening + logistic regression.
Screening lives inside the pipeline, so each GroupKFold fold picks its own features.
"""
import numpy as np
import pandas as pd
from sklearn.feature_selection import SelectKBest, mutual_info_classif
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import GroupKFold, cross_val_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

K = 12
RANDOM_STATE = 5


def add_extras(df):
    df = df.copy()
    df["domain_age_days"] = df["domain_age_days"].fillna(-1)
    url = df["url"].astype(str)
    df["n_slash"] = url.str.count("/")
    df["n_query_params"] = url.str.count("&") + url.str.contains(r"\?").astype(int)
    df["has_port"] = url.str.contains(r"://[^/]+:\d+").astype(int)
    df["has_punycode"] = url.str.contains("xn--").astype(int)
    df["tld_len"] = df["tld"].astype(str).str.len()
    df["digits_in_host"] = url.str.extract(r"://([^/]+)")[0].fillna("").str.count(r"\d")
    return df


candidates = [
    "url_length", "host_length", "num_dots", "num_hyphens", "num_digits", "num_special",
    "has_ip", "has_at", "path_depth", "num_subdomains", "uses_https", "url_entropy",
    "n_suspicious_words", "domain_age_days", "n_slash", "n_query_params", "has_port",
    "has_punycode", "tld_len", "digits_in_host",
]

train = add_extras(pd.read_csv("train.csv"))
X = train[candidates]
y = train["is_phishing"]
groups = train["registered_domain"]

model = make_pipeline(
    SelectKBest(score_func=mutual_info_classif, k=K),
    StandardScaler(),
    LogisticRegression(max_iter=2000, C=1.0),
)
cv = GroupKFold(n_splits=5)
auc = cross_val_score(model, X, y, cv=cv, groups=groups, scoring="roc_auc")
ap = cross_val_score(model, X, y, cv=cv, groups=groups, scoring="average_precision")
auc_dummy = cross_val_score(DummyClassifier(strategy="prior"), X, y, cv=cv, groups=groups, scoring="roc_auc")

print(f"dummy  ROC-AUC {auc_dummy.mean():.4f}")
print(f"LR     ROC-AUC {auc.mean():.4f} +/- {auc.std():.4f}")
print(f"LR     PR-AUC  {ap.mean():.4f} +/- {ap.std():.4f}")

model.fit(X, y)
kept = [c for c, keep in zip(candidates, model[0].get_support()) if keep]
print("features kept on the full training set:", kept)

test = add_extras(pd.read_csv("test.csv"))
pred = model.predict_proba(test[candidates])[:, 1]
pd.DataFrame({"url_id": test["url_id"], "prediction": pred}).to_csv("predictions.csv", index=False)
