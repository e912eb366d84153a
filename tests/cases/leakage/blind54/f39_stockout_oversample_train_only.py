"""Stock-out classifier (store x item x day), 14 days ahead.

Only ~6% of rows are stock-outs, so the positive class is oversampled with imblearn's
RandomOverSampler to 30% -- on the rows the model is fitted on only; the last 14 days
(validation) keep their natural class balance.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from imblearn.over_sampling import RandomOverSampler
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score, f1_score

H = 14
KEY = ["store_id", "item_id"]
FEATURES = ["opening_stock", "on_order_units", "days_since_delivery", "on_promo", "sell_price",
            "s_l14", "s_l28", "s_mean14_l14", "s_mean56_l14", "cover", "dow"]


def features(df):
    df = df.sort_values(KEY + ["date"]).copy()
    s = df.groupby(KEY)["sales"]
    df["s_l14"] = s.shift(14)
    df["s_l28"] = s.shift(28)
    df["s_mean14_l14"] = s.transform(lambda x: x.shift(H).rolling(14, min_periods=3).mean())
    df["s_mean56_l14"] = s.transform(lambda x: x.shift(H).rolling(56, min_periods=7).mean())
    df["cover"] = df["opening_stock"] / (df["s_mean14_l14"] + 0.1)
    df["dow"] = df["date"].dt.dayofweek
    return df


train = pd.read_csv("train.csv", parse_dates=["date"])
test = pd.read_csv("test.csv", parse_dates=["date"])
print("positive rate:", round(train["stockout"].mean(), 4))

full = features(pd.concat([train, test], ignore_index=True, sort=False))
labelled = full[full["stockout"].notna()].reset_index(drop=True)
labelled["stockout"] = labelled["stockout"].astype(int)
to_score = full[full["stockout"].isna()].copy()

cutoff = labelled["date"].max() - pd.Timedelta(days=H)
is_fit = (labelled["date"] <= cutoff).to_numpy()
X_val, y_val = labelled.loc[~is_fit, FEATURES], labelled.loc[~is_fit, "stockout"]

# rebalance the fitting part
ros = RandomOverSampler(sampling_strategy=0.3, random_state=0)
X_fit, y_fit = ros.fit_resample(labelled.loc[is_fit, FEATURES], labelled.loc[is_fit, "stockout"])
print("fit rows after oversampling:", X_fit.shape, "positive rate", round(y_fit.mean(), 3))

clf = lgb.LGBMClassifier(n_estimators=400, learning_rate=0.05, num_leaves=31, verbose=-1)
clf.fit(X_fit, y_fit)
base = DummyClassifier(strategy="stratified", random_state=0).fit(X_fit, y_fit)

for name, model in (("dummy", base), ("lightgbm", clf)):
    proba = model.predict_proba(X_val)[:, 1]
    print(f"{name:<9} PR-AUC={average_precision_score(y_val, proba):.4f} "
          f"ROC-AUC={roc_auc_score(y_val, proba):.4f} F1@0.5={f1_score(y_val, proba >= 0.5):.4f}")

# final model: oversample all labelled rows and refit
X_bal, y_bal = ros.fit_resample(labelled[FEATURES], labelled["stockout"])
clf.fit(X_bal, y_bal)
to_score["prediction"] = clf.predict_proba(to_score[FEATURES])[:, 1]
to_score[["id", "prediction"]].to_csv("predictions.csv", index=False)
print("mean predicted probability:", to_score["prediction"].mean().round(4))
