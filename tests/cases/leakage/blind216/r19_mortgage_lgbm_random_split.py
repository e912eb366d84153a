"""
Mortgage prepayment take-home.
One row per loan per reporting month; prepaid = 1 in the month the loan pays off in full.
Model: monthly prepayment probability (SMM) with LightGBM.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score, average_precision_score, log_loss

SEED = 21

panel = pd.read_csv("train.csv", parse_dates=["reporting_month", "orig_date"])
panel = panel.sort_values(["loan_id", "reporting_month"]).reset_index(drop=True)
print(panel.shape, panel.loan_id.nunique(), "loans")
print("monthly prepay rate: %.4f" % panel.prepaid.mean())
print(panel.reporting_month.min(), "->", panel.reporting_month.max())

# ---------------------------------------------------------------- features
g = panel.groupby("loan_id", sort=False)

panel["incentive"] = panel["note_rate"] - panel["market_rate"]
# last month's incentive and a 3m average of past incentive (refi decisions lag the rate move)
panel["incentive_lag1"] = g["incentive"].shift(1)
panel["incentive_avg3"] = g["incentive"].transform(lambda s: s.shift(1).rolling(3, min_periods=1).mean())
# burnout: months already spent in the money without refinancing
panel["in_the_money"] = (panel["incentive"] > 0.5).astype(int)
panel["burnout"] = g["in_the_money"].transform(lambda s: s.shift(1).fillna(0).cumsum())
panel["upb_ratio"] = panel["current_upb"] / panel["orig_upb"]
panel["month_of_year"] = panel["reporting_month"].dt.month
panel["loan_age_sq"] = panel["loan_age"] ** 2

panel = pd.get_dummies(panel, columns=["property_type", "occupancy"], dtype=np.int8)

FEATURES = ["incentive", "incentive_lag1", "incentive_avg3", "burnout", "loan_age", "loan_age_sq",
            "upb_ratio", "fico", "ltv_current", "dti", "n_borrowers", "months_delinquent",
            "month_of_year"]
FEATURES += [c for c in panel.columns if c.startswith(("property_type_", "occupancy_"))]

X = panel[FEATURES]
y = panel["prepaid"]

X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.2, stratify=y, random_state=SEED)
print("train", X_train.shape, "test", X_test.shape)

# ---------------------------------------------------------------- baseline
# prepay rate by loan-age bucket from the training rows (the usual "seasoning curve" benchmark)
age_bucket = lambda a: np.minimum(a // 6, 20)
curve = y_train.groupby(age_bucket(X_train["loan_age"])).mean()
base_test = age_bucket(X_test["loan_age"]).map(curve).fillna(y_train.mean()).values

# ---------------------------------------------------------------- model
model = lgb.LGBMClassifier(
    n_estimators=800,
    learning_rate=0.03,
    num_leaves=63,
    min_child_samples=500,
    subsample=0.7,
    subsample_freq=1,
    colsample_bytree=0.8,
    reg_lambda=10,
    random_state=SEED,
    verbose=-1,
)
model.fit(X_train, y_train)
p_test = model.predict_proba(X_test)[:, 1]


def show(name, p):
    print(f"{name:<22} AUC={roc_auc_score(y_test, p):.4f}  "
          f"PR-AUC={average_precision_score(y_test, p):.4f}  logloss={log_loss(y_test, p):.5f}")


show("seasoning-curve base", base_test)
show("lightgbm", p_test)

# aggregate check: predicted vs actual SMM by calendar month
chk = panel.loc[X_test.index, ["reporting_month"]].assign(actual=y_test, pred=p_test)
smm = chk.groupby(chk.reporting_month.dt.to_period("Q"))[["actual", "pred"]].mean()
print(smm.tail(8).round(4))

imp = pd.Series(model.booster_.feature_importance("gain"), index=FEATURES).sort_values(ascending=False)
print(imp.round(0))

# ---------------------------------------------------------------- scoring file
# test.csv holds the next months of the same panel; history features need the train rows too
score = pd.read_csv("test.csv", parse_dates=["reporting_month", "orig_date"])
score = pd.get_dummies(score, columns=["property_type", "occupancy"], dtype=np.int8)
hist = pd.concat([panel.drop(columns=["prepaid"]), score], ignore_index=True, sort=False)
hist = hist.sort_values(["loan_id", "reporting_month"])
gh = hist.groupby("loan_id", sort=False)
hist["incentive"] = hist["note_rate"] - hist["market_rate"]
hist["incentive_lag1"] = gh["incentive"].shift(1)
hist["incentive_avg3"] = gh["incentive"].transform(lambda s: s.shift(1).rolling(3, min_periods=1).mean())
hist["in_the_money"] = (hist["incentive"] > 0.5).astype(int)
hist["burnout"] = gh["in_the_money"].transform(lambda s: s.shift(1).fillna(0).cumsum())
hist["upb_ratio"] = hist["current_upb"] / hist["orig_upb"]
hist["month_of_year"] = hist["reporting_month"].dt.month
hist["loan_age_sq"] = hist["loan_age"] ** 2
hist[FEATURES[13:]] = hist[FEATURES[13:]].fillna(0)
out = hist[hist.loan_month_id.isin(score.loan_month_id)]
pd.DataFrame({"loan_month_id": out.loan_month_id,
              "prediction": model.predict_proba(out[FEATURES])[:, 1]}).to_csv("predictions.csv", index=False)
