import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.model_selection import TimeSeriesSplit
from sklearn.metrics import roc_auc_score, average_precision_score


def build_features(frame: pd.DataFrame) -> pd.DataFrame:
    frame = frame.sort_values(["account_id", "statement_month"]).copy()
    grp = frame.groupby("account_id")
    frame["util_lag1"] = grp["utilisation"].shift(1)
    frame["util_lag3"] = grp["utilisation"].shift(3)
    frame["bal_growth"] = frame["balance"] / grp["balance"].shift(1).replace(0, np.nan)
    frame["pay_to_bal"] = frame["payment"] / frame["balance"].replace(0, np.nan)
    frame["max_dpd_so_far"] = grp["days_past_due"].cummax()
    frame["month_num"] = frame["statement_month"].dt.month
    return frame


df = pd.read_csv("train.csv", parse_dates=["statement_month"])
df = build_features(df)
df = df.sort_values("statement_month").reset_index(drop=True)

FEATURES = ["balance", "payment", "utilisation", "credit_limit", "days_past_due",
            "util_lag1", "util_lag3", "bal_growth", "pay_to_bal", "max_dpd_so_far",
            "month_num"]
X = df[FEATURES]
y = df["default_next_month"]

params = dict(n_estimators=350, max_depth=5, learning_rate=0.05,
              subsample=0.9, colsample_bytree=0.8, min_child_weight=10,
              eval_metric="auc", tree_method="hist")

# expanding-window CV: every fold trains on earlier months, validates on later ones
tscv = TimeSeriesSplit(n_splits=5)
aucs, aps = [], []
for fold, (tr, va) in enumerate(tscv.split(X)):
    model = xgb.XGBClassifier(**params)
    model.fit(X.iloc[tr], y.iloc[tr])
    p = model.predict_proba(X.iloc[va])[:, 1]
    aucs.append(roc_auc_score(y.iloc[va], p))
    aps.append(average_precision_score(y.iloc[va], p))
    print(f"fold {fold}: months {df.statement_month.iloc[va].min():%Y-%m}..{df.statement_month.iloc[va].max():%Y-%m} "
          f"AUC={aucs[-1]:.3f} AP={aps[-1]:.3f}")

print("mean AUC %.3f +- %.3f" % (np.mean(aucs), np.std(aucs)))
print("mean AP  %.3f" % np.mean(aps))

model = xgb.XGBClassifier(**params).fit(X, y)
test = pd.read_csv("test.csv", parse_dates=["statement_month"])
hist = pd.concat([df.drop(columns="default_next_month"), test], ignore_index=True)
hist = build_features(hist.drop(columns=["util_lag1", "util_lag3", "bal_growth", "pay_to_bal",
                                         "max_dpd_so_far", "month_num"]))
test_rows = hist[hist.statement_id.isin(test.statement_id)]
pd.DataFrame({"statement_id": test_rows.statement_id,
              "prediction": model.predict_proba(test_rows[FEATURES])[:, 1]}).to_csv("predictions.csv", index=False)
