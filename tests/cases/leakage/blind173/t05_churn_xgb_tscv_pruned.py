# churn take-home -- xgboost, walk-forward CV
# run from the bundle directory: python t05_churn_xgb_tscv_pruned.py
import json

import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import TimeSeriesSplit

task = json.load(open("task.json"))
TARGET = task["target"]
TIME = task["time_column"]
ID = task["id_column"]
GROUP = task["group_column"]
LEAKY = task.get("leaky_columns", [])

train = pd.read_csv("train.csv", parse_dates=[TIME])
test = pd.read_csv("test.csv", parse_dates=[TIME])
print(train.shape)
print(train[TARGET].mean())


def featurize(df):
    df = df.sort_values([GROUP, TIME]).copy()
    g = df.groupby(GROUP)
    df["login_trend"] = df["logins_30d"] - g["logins_30d"].shift(1)
    df["tickets_3m"] = g["support_tickets_30d"].transform(lambda s: s.rolling(3, min_periods=1).sum())
    df["charge_per_tenure"] = df["monthly_charges"] / (df["tenure_months"] + 1)
    df["inactive"] = (df["days_since_last_login"] > 21).astype(int)
    df = pd.get_dummies(df, columns=["plan", "region"], dtype=int)
    return df


train = featurize(train)
test = featurize(test)

# walk-forward CV needs rows in time order
train = train.sort_values(TIME).reset_index(drop=True)

drop_cols = [TARGET, ID, GROUP, TIME] + LEAKY
X = train.drop(columns=drop_cols)
y = train[TARGET]
print(X.columns.tolist())

spw = (y == 0).sum() / max((y == 1).sum(), 1)
xgb_params = dict(
    n_estimators=300,
    max_depth=4,
    learning_rate=0.05,
    subsample=0.8,
    colsample_bytree=0.8,
    scale_pos_weight=spw,
    eval_metric="aucpr",
    random_state=0,
)

# --- quick feature screen: drop features the model never uses -------------
screen = xgb.XGBClassifier(**xgb_params)
screen.fit(X, y)
imp = pd.Series(screen.feature_importances_, index=X.columns).sort_values(ascending=False)
print(imp)
keep = imp[imp >= 0.01].index.tolist()
print(f"keeping {len(keep)}/{X.shape[1]} features")
X = X[keep]

# --- walk-forward evaluation ------------------------------------------------
tscv = TimeSeriesSplit(n_splits=4)
rows = []
for fold, (tr_idx, va_idx) in enumerate(tscv.split(X)):
    X_tr, X_va = X.iloc[tr_idx], X.iloc[va_idx]
    y_tr, y_va = y.iloc[tr_idx], y.iloc[va_idx]

    base = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
    model = xgb.XGBClassifier(**xgb_params).fit(X_tr, y_tr)

    p_base = base.predict_proba(X_va)[:, 1]
    p = model.predict_proba(X_va)[:, 1]
    rows.append({
        "fold": fold,
        "valid_from": train.loc[va_idx[0], TIME].date(),
        "valid_to": train.loc[va_idx[-1], TIME].date(),
        "base_auc": roc_auc_score(y_va, p_base),
        "auc": roc_auc_score(y_va, p),
        "base_ap": average_precision_score(y_va, p_base),
        "ap": average_precision_score(y_va, p),
    })

cv = pd.DataFrame(rows)
print(cv)
print(cv[["base_auc", "auc", "base_ap", "ap"]].mean().round(4))

# --- fit on everything, predict test ---------------------------------------
final = xgb.XGBClassifier(**xgb_params).fit(X, y)
X_test = test.reindex(columns=keep, fill_value=0)
pd.DataFrame({
    ID: test[ID].values,
    "prediction": final.predict_proba(X_test)[:, 1],
}).to_csv("predictions.csv", index=False)
print("done")
