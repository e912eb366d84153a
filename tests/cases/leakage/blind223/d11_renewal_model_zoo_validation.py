# renewal_model_zoo.py
# Compare a handful of classifiers on the account-month renewal data and keep the best one.
# Selection happens on a validation window; the test window is touched once at the end.

import warnings
import numpy as np
import pandas as pd

from sklearn.pipeline import make_pipeline
from sklearn.compose import make_column_transformer
from sklearn.preprocessing import StandardScaler, OneHotEncoder
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import RandomForestClassifier, ExtraTreesClassifier, HistGradientBoostingClassifier
from sklearn.neighbors import KNeighborsClassifier
from sklearn.dummy import DummyClassifier
from sklearn.base import clone
from sklearn.metrics import roc_auc_score, average_precision_score

warnings.filterwarnings("ignore")

TARGET = "renewed"
NUM = ["seats", "monthly_fee", "logins_30d", "active_users", "support_tickets", "nps_score",
       "payment_failures", "discount_pct", "tenure_months", "util", "logins_lag1", "tickets_lag1"]
CAT = ["plan_tier", "region", "industry"]


def prepare(df):
    df = df.sort_values(["account_id", "period_month"]).copy()
    df["util"] = df["active_users"] / df["seats"].clip(lower=1)
    g = df.groupby("account_id")
    df["logins_lag1"] = g["logins_30d"].shift(1)
    df["tickets_lag1"] = g["support_tickets"].shift(1)
    return df


df = pd.read_csv("train.csv", parse_dates=["period_month"])
df = prepare(df)

# train: up to 2023-03 | valid: 2023-04..06 new accounts | test: 2023-07+ accounts never seen before
train = df[df.period_month < "2023-04-01"]
valid = df[(df.period_month >= "2023-04-01") & (df.period_month < "2023-07-01")]
valid = valid[~valid.account_id.isin(train.account_id)]
test = df[df.period_month >= "2023-07-01"]
test = test[~test.account_id.isin(set(train.account_id) | set(valid.account_id))]
print("train", train.shape, "valid", valid.shape, "test", test.shape)

X_train, y_train = train[NUM + CAT], train[TARGET]
X_valid, y_valid = valid[NUM + CAT], valid[TARGET]
X_test, y_test = test[NUM + CAT], test[TARGET]


def make_pre():
    return make_column_transformer(
        (make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), NUM),
        (OneHotEncoder(handle_unknown="ignore"), CAT),
    )


candidates = {
    "baseline_prior": DummyClassifier(strategy="prior"),
    "logreg_C0.1": LogisticRegression(C=0.1, max_iter=3000),
    "logreg_C1": LogisticRegression(C=1.0, max_iter=3000),
    "knn_25": KNeighborsClassifier(n_neighbors=25),
    "rf_300": RandomForestClassifier(n_estimators=300, min_samples_leaf=10, n_jobs=-1, random_state=3),
    "et_300": ExtraTreesClassifier(n_estimators=300, min_samples_leaf=10, n_jobs=-1, random_state=3),
    "hgb_lr05": HistGradientBoostingClassifier(learning_rate=0.05, max_iter=400, random_state=3),
    "hgb_lr10": HistGradientBoostingClassifier(learning_rate=0.10, max_iter=200, random_state=3),
}

rows = []
for name, clf in candidates.items():
    pipe = make_pipeline(make_pre(), clf)
    pipe.fit(X_train, y_train)
    p = pipe.predict_proba(X_valid)[:, 1]
    rows.append({"model": name,
                 "val_auc": roc_auc_score(y_valid, p),
                 "val_ap": average_precision_score(y_valid, p)})
    print(f"{name:15s} val_auc={rows[-1]['val_auc']:.4f} val_ap={rows[-1]['val_ap']:.4f}")

board = pd.DataFrame(rows).sort_values("val_auc", ascending=False).reset_index(drop=True)
print(board)
best_name = board.loc[0, "model"]
print(f"\nselected on validation: {best_name}")

# refit the chosen config (and the baseline) on train+valid, score the test window once
trval = pd.concat([train, valid])
final = make_pipeline(make_pre(), clone(candidates[best_name])).fit(trval[NUM + CAT], trval[TARGET])
base = make_pipeline(make_pre(), DummyClassifier(strategy="prior")).fit(trval[NUM + CAT], trval[TARGET])
p_test = final.predict_proba(X_test)[:, 1]
p_base = base.predict_proba(X_test)[:, 1]
print(f"test AUC {roc_auc_score(y_test, p_test):.4f} | AP {average_precision_score(y_test, p_test):.4f}")
print(f"baseline AUC {roc_auc_score(y_test, p_base):.4f} | AP {average_precision_score(y_test, p_base):.4f}")

# submission model: same config on every labelled row
submit_model = make_pipeline(make_pre(), clone(candidates[best_name])).fit(df[NUM + CAT], df[TARGET])
sub = prepare(pd.read_csv("test.csv", parse_dates=["period_month"]))
sub["prediction"] = submit_model.predict_proba(sub[NUM + CAT])[:, 1]
sub[["row_id", "prediction"]].to_csv("predictions.csv", index=False)
print("saved", len(sub), "predictions")
