"""
Motor claims take-home: expected claim cost per policy-year.

Approach: model the pure premium (claim_cost / exposure) with a Tweedie GLM
(log link), exposure used as sample weight, so that predicted cost for a row is
pure_premium_hat * exposure.  Policies renew, so the same policy_id shows up in
several years -> the holdout is split by policy.
"""
import numpy as np
import pandas as pd

from sklearn.preprocessing import StandardScaler
from sklearn.model_selection import GroupShuffleSplit
from sklearn.linear_model import TweedieRegressor
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_tweedie_deviance, mean_absolute_error

RANDOM_STATE = 7
POWER = 1.6

NUM_COLS = ["driver_age", "vehicle_age", "vehicle_power", "bonus_malus",
            "log_density", "annual_mileage"]
CAT_COLS = ["vehicle_brand", "fuel_type", "region"]


def load(path):
    df = pd.read_csv(path)
    df = df[df["exposure"] > 0].copy()
    df["exposure"] = df["exposure"].clip(upper=1.0)
    return df


def build_design(df):
    out = pd.DataFrame(index=df.index)
    out["driver_age"] = df["driver_age"].clip(18, 90)
    out["vehicle_age"] = df["vehicle_age"].clip(0, 25)
    out["vehicle_power"] = df["vehicle_power"]
    out["bonus_malus"] = df["bonus_malus"].clip(upper=150)
    out["log_density"] = np.log1p(df["density"])
    out["annual_mileage"] = df["annual_mileage"]
    dummies = pd.get_dummies(df[CAT_COLS].astype(str), drop_first=True, dtype=float)
    return pd.concat([out, dummies], axis=1)


def weighted_gini(y_true, y_pred, w):
    # normalised Gini on the ordered Lorenz curve, as used in pricing
    order = np.argsort(y_pred)
    y_true, w = np.asarray(y_true)[order], np.asarray(w)[order]
    cum_w = np.cumsum(w) / w.sum()
    cum_loss = np.cumsum(y_true * w) / (y_true * w).sum()
    return 1 - 2 * np.trapz(cum_loss, cum_w)


def report(name, y_true, y_pred, w):
    y_pred = np.clip(y_pred, 1e-6, None)
    dev = mean_tweedie_deviance(y_true, y_pred, sample_weight=w, power=POWER)
    mae = mean_absolute_error(y_true, y_pred, sample_weight=w)
    g = weighted_gini(y_true, y_pred, w)
    print(f"{name:<12} tweedie_dev={dev:10.3f}  mae={mae:9.2f}  gini={g:6.3f}")
    return {"model": name, "deviance": dev, "mae": mae, "gini": g}


df = load("train.csv")
print(df.shape, "policies:", df["policy_id"].nunique())
print(df[["exposure", "claim_cost"]].describe())
print("share of rows with a claim:", (df["claim_cost"] > 0).mean().round(4))

y = (df["claim_cost"] / df["exposure"]).values
w = df["exposure"].values
X_raw = build_design(df)

# GLM needs comparable scales for the penalty
scaler = StandardScaler()
X = X_raw.copy()
X[NUM_COLS] = scaler.fit_transform(X_raw[NUM_COLS])
X = X.fillna(0.0)

gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=RANDOM_STATE)
tr_idx, te_idx = next(gss.split(X, y, groups=df["policy_id"]))
X_tr, X_te = X.iloc[tr_idx], X.iloc[te_idx]
y_tr, y_te = y[tr_idx], y[te_idx]
w_tr, w_te = w[tr_idx], w[te_idx]
print("train rows", len(tr_idx), "holdout rows", len(te_idx))

results = []

base = DummyRegressor(strategy="mean")
base.fit(X_tr, y_tr, sample_weight=w_tr)
results.append(report("baseline", y_te, base.predict(X_te), w_te))

# small ridge penalty, mostly to keep the sparse brand dummies stable
glm = TweedieRegressor(power=POWER, link="log", alpha=0.01, max_iter=3000)
glm.fit(X_tr, y_tr, sample_weight=w_tr)
results.append(report("tweedie_glm", y_te, glm.predict(X_te), w_te))

res = pd.DataFrame(results)
print(res.to_string(index=False))
print("deviance gain vs baseline: %.1f%%" % (100 * (1 - res.deviance.iloc[1] / res.deviance.iloc[0])))

# coefficients for the memo
coefs = pd.Series(glm.coef_, index=X.columns).sort_values()
print(coefs.head(8))
print(coefs.tail(8))

# submission: expected claim cost = pure premium * exposure
test = load("test.csv")
X_sub = build_design(test).reindex(columns=X.columns, fill_value=0.0)
X_sub[NUM_COLS] = scaler.transform(X_sub[NUM_COLS])
X_sub = X_sub.fillna(0.0)
pred = glm.predict(X_sub) * test["exposure"].values
pd.DataFrame({"row_id": test["row_id"], "prediction": pred}).to_csv("predictions.csv", index=False)
print("wrote", len(pred), "predictions")
