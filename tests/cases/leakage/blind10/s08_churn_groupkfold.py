import numpy as np
import pandas as pd
from sklearn.compose import make_column_transformer, make_column_selector
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.impute import SimpleImputer
from sklearn.model_selection import GroupKFold, cross_validate
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder

TARGET = "churned_next_month"
LEAKY = ["retention_offer_accepted", "account_closed_date_known"]


def load_frames():
    train = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
    test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
    return train, test


def feature_frame(df):
    X = df.drop(columns=[TARGET, "snapshot_id", "snapshot_month", *LEAKY], errors="ignore")
    X["is_monthly_contract"] = (X["contract_type"] == "month-to-month").astype(int)
    X["charges_x_failures"] = X["monthly_charges"] * X["payment_failures"]
    return X.drop(columns=["customer_id"])


train, test = load_frames()
print(train.shape, test.shape)
print("customers:", train.customer_id.nunique(), "months:", train.snapshot_month.nunique())
print("churn rate", train[TARGET].mean())

X = feature_frame(train)
y = train[TARGET]
groups = train["customer_id"]

pre = make_column_transformer(
    (SimpleImputer(strategy="median"), make_column_selector(dtype_include=np.number)),
    (OneHotEncoder(handle_unknown="ignore"), make_column_selector(dtype_include=object)),
)

candidates = {
    "baseline (prior)": make_pipeline(pre, DummyClassifier(strategy="prior")),
    "gbm": make_pipeline(pre, GradientBoostingClassifier(n_estimators=250, max_depth=3,
                                                         learning_rate=0.05, subsample=0.8,
                                                         random_state=7)),
}

# one customer never sits on both sides of a fold
cv = GroupKFold(n_splits=5)
for name, pipe in candidates.items():
    res = cross_validate(pipe, X, y, groups=groups, cv=cv,
                         scoring=["roc_auc", "average_precision"])
    print(f"{name:18s} auc={res['test_roc_auc'].mean():.4f}+-{res['test_roc_auc'].std():.4f}"
          f"  ap={res['test_average_precision'].mean():.4f}")

model = candidates["gbm"].fit(X, y)
pred = model.predict_proba(feature_frame(test))[:, 1]
out = pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": pred})
assert out.prediction.between(0, 1).all()
out.to_csv("predictions.csv", index=False)
print(out.describe())
