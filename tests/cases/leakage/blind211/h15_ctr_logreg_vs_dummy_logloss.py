# Ad click-through take-home: logistic regression vs. a prior-rate dummy
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, log_loss, roc_auc_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

data = pd.read_csv("train.csv", parse_dates=["impression_time"])
print(data.info())
print(data["clicked"].mean())

data["hour"] = data["impression_time"].dt.hour
data["weekday"] = data["impression_time"].dt.weekday
data["log_bid"] = np.log1p(data["bid_price"].fillna(0).clip(lower=0))
data["user_age_bucket"] = data["user_age_bucket"].fillna(-1)

NUMERIC = ["hour", "weekday", "ad_position", "log_bid", "user_age_bucket"]
CATEGORICAL = ["device_type", "site_category"]

# train on the first 80% of time, evaluate on later impressions of users not seen before
data = data.sort_values("impression_time")
split_time = data["impression_time"].quantile(0.8)
train = data[data["impression_time"] < split_time]
holdout = data[data["impression_time"] >= split_time]
holdout = holdout[~holdout["user_id"].isin(train["user_id"])]
print("train", train.shape, "holdout", holdout.shape)

X_train, y_train = train[NUMERIC + CATEGORICAL], train["clicked"]
X_hold, y_hold = holdout[NUMERIC + CATEGORICAL], holdout["clicked"]

prep = ColumnTransformer([
    ("num", StandardScaler(), NUMERIC),
    ("cat", OneHotEncoder(handle_unknown="ignore"), CATEGORICAL),
])

models = {
    "dummy (prior)": DummyClassifier(strategy="prior"),
    "logreg C=1": Pipeline([("prep", prep), ("clf", LogisticRegression(max_iter=1000))]),
    "logreg balanced": Pipeline([("prep", prep),
                                 ("clf", LogisticRegression(max_iter=1000, class_weight="balanced"))]),
}

results = {}
for name, model in models.items():
    model.fit(X_train, y_train)
    pred = model.predict(X_hold)
    proba = model.predict_proba(X_hold)[:, 1]
    results[name] = {
        "accuracy": accuracy_score(y_hold, pred),
        "log_loss": log_loss(y_hold, proba),
        "roc_auc": roc_auc_score(y_hold, proba),
    }
    print(f"{name:<24} " + "  ".join(f"{k}={v:.4f}" for k, v in results[name].items()))

final = models["logreg C=1"]
hold_pred = final.predict(X_hold)
print("share predicted as click:", hold_pred.mean())

test = pd.read_csv("test.csv", parse_dates=["impression_time"])
test["hour"] = test["impression_time"].dt.hour
test["weekday"] = test["impression_time"].dt.weekday
test["log_bid"] = np.log1p(test["bid_price"].fillna(0).clip(lower=0))
test["user_age_bucket"] = test["user_age_bucket"].fillna(-1)
final.fit(data[NUMERIC + CATEGORICAL], data["clicked"])
test["prediction"] = final.predict_proba(test[NUMERIC + CATEGORICAL])[:, 1]
test[["impression_id", "prediction"]].to_csv("predictions.csv", index=False)
print("done", test.shape)
