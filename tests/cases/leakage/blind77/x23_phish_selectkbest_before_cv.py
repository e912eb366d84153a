"""
Phishing URL detection: univariate feature screening + logistic regression.
Cross-validated by registered domain.
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

train = pd.read_csv("train.csv")
train["domain_age_days"] = train["domain_age_days"].fillna(-1)

# engineered lexical extras on top of the provided ones
url = train["url"].astype(str)
train["n_slash"] = url.str.count("/")
train["n_query_params"] = url.str.count("&") + url.str.contains(r"\?").astype(int)
train["has_port"] = url.str.contains(r"://[^/]+:\d+").astype(int)
train["has_punycode"] = url.str.contains("xn--").astype(int)
train["tld_len"] = train["tld"].astype(str).str.len()
train["digits_in_host"] = url.str.extract(r"://([^/]+)")[0].fillna("").str.count(r"\d")

candidates = [
    "url_length", "host_length", "num_dots", "num_hyphens", "num_digits", "num_special",
    "has_ip", "has_at", "path_depth", "num_subdomains", "uses_https", "url_entropy",
    "n_suspicious_words", "domain_age_days", "n_slash", "n_query_params", "has_port",
    "has_punycode", "tld_len", "digits_in_host",
]
X = train[candidates]
y = train["is_phishing"]
groups = train["registered_domain"]

selector = SelectKBest(score_func=mutual_info_classif, k=K)
X_sel = selector.fit_transform(X, y)
kept = [c for c, keep in zip(candidates, selector.get_support()) if keep]
print("kept features:", kept)

cv = GroupKFold(n_splits=5)
model = make_pipeline(StandardScaler(), LogisticRegression(max_iter=2000, C=1.0))
auc = cross_val_score(model, X_sel, y, cv=cv, groups=groups, scoring="roc_auc")
ap = cross_val_score(model, X_sel, y, cv=cv, groups=groups, scoring="average_precision")
auc_dummy = cross_val_score(DummyClassifier(strategy="prior"), X_sel, y, cv=cv, groups=groups, scoring="roc_auc")

print(f"dummy  ROC-AUC {auc_dummy.mean():.4f}")
print(f"LR     ROC-AUC {auc.mean():.4f} +/- {auc.std():.4f}")
print(f"LR     PR-AUC  {ap.mean():.4f} +/- {ap.std():.4f}")

model.fit(X_sel, y)
test = pd.read_csv("test.csv")
test["domain_age_days"] = test["domain_age_days"].fillna(-1)
turl = test["url"].astype(str)
test["n_slash"] = turl.str.count("/")
test["n_query_params"] = turl.str.count("&") + turl.str.contains(r"\?").astype(int)
test["has_port"] = turl.str.contains(r"://[^/]+:\d+").astype(int)
test["has_punycode"] = turl.str.contains("xn--").astype(int)
test["tld_len"] = test["tld"].astype(str).str.len()
test["digits_in_host"] = turl.str.extract(r"://([^/]+)")[0].fillna("").str.count(r"\d")
pred = model.predict_proba(test[kept])[:, 1]
pd.DataFrame({"url_id": test["url_id"], "prediction": pred}).to_csv("predictions.csv", index=False)
