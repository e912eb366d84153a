"""Ad conversion: logistic regression with hand-rolled preprocessing.

Preprocessing objects (imputer, scaler, one-hot encoder) are fitted on the
training users only and applied to the held-out users, which are split by
user_id so nobody appears on both sides.
"""
import numpy as np
import pandas as pd
import scipy.sparse as sp
from sklearn.dummy import DummyClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, balanced_accuracy_score, roc_auc_score
from sklearn.model_selection import GroupShuffleSplit
from sklearn.preprocessing import OneHotEncoder, StandardScaler

TARGET = "converted"
ID = "impression_id"
GROUP = "user_id"
NUM = ["bid_price", "hour", "user_past_clicks_7d", "page_depth", "creative_age_days"]
CAT = ["campaign_id", "placement", "ad_format", "device", "day_of_week"]

df = pd.read_csv("train.csv")
sub = pd.read_csv("test.csv")
print(df.shape, round(df[TARGET].mean(), 4))

gss = GroupShuffleSplit(n_splits=1, test_size=0.25, random_state=31)
tr, va = next(gss.split(df, groups=df[GROUP]))
train, valid = df.iloc[tr], df.iloc[va]
assert set(train[GROUP]).isdisjoint(valid[GROUP])

imputer = SimpleImputer(strategy="median").fit(train[NUM])
scaler = StandardScaler().fit(np.log1p(imputer.transform(train[NUM]).clip(min=0)))
ohe = OneHotEncoder(handle_unknown="ignore", min_frequency=20).fit(train[CAT].astype(str))


def transform(frame):
    num = scaler.transform(np.log1p(imputer.transform(frame[NUM]).clip(min=0)))
    cat = ohe.transform(frame[CAT].astype(str))
    return sp.hstack([sp.csr_matrix(num), cat]).tocsr()


X_tr, X_va = transform(train), transform(valid)
y_tr, y_va = train[TARGET].to_numpy(), valid[TARGET].to_numpy()

logit = LogisticRegression(C=0.3, class_weight="balanced", max_iter=4000)
logit.fit(X_tr, y_tr)
dummy = DummyClassifier(strategy="prior").fit(X_tr, y_tr)

for name, m in [("dummy prior", dummy), ("logit", logit)]:
    p = m.predict_proba(X_va)[:, 1]
    print(f"{name:12s} AP {average_precision_score(y_va, p):.4f}  ROC AUC {roc_auc_score(y_va, p):.4f}  "
          f"balanced acc {balanced_accuracy_score(y_va, (p >= 0.5).astype(int)):.4f}")

# refit preprocessing + model on all labelled rows for the submission
imputer = SimpleImputer(strategy="median").fit(df[NUM])
scaler = StandardScaler().fit(np.log1p(imputer.transform(df[NUM]).clip(min=0)))
ohe = OneHotEncoder(handle_unknown="ignore", min_frequency=20).fit(df[CAT].astype(str))
logit.fit(transform(df), df[TARGET].to_numpy())
pd.DataFrame({ID: sub[ID], "prediction": logit.predict_proba(transform(sub))[:, 1]}).to_csv(
    "predictions.csv", index=False)
