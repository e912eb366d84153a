# Home claim severity -- gradient boosting with a gamma loss.
# Feature list trimmed with a correlation screen so the model stays explainable to underwriters.

import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_gamma_deviance, mean_absolute_error

claims = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(claims.shape)
print(claims.claim_cost.describe(percentiles=[.5, .75, .9, .99]).round(0))

LEAKY = ["paid_to_date", "reserve_at_close"]
CATS = ["peril", "construction", "roof_type", "region", "flood_zone"]


def engineer(d):
    out = d.drop(columns=[c for c in LEAKY + ["claim_cost"] if c in d.columns]).copy()
    out["log_rebuild"] = np.log1p(out.rebuild_value)
    out["log_contents"] = np.log1p(out.sum_insured_contents)
    out["contents_share"] = out.sum_insured_contents / (out.rebuild_value + out.sum_insured_contents)
    out["quick_notification"] = (out.notification_lag_days <= 2).astype(int)
    out["old_property"] = (out.property_age >= 60).astype(int)
    out = pd.get_dummies(out, columns=CATS, dtype=float)
    return out.set_index("claim_id")


X = engineer(claims)
y = pd.Series(claims.claim_cost.values, index=X.index)
X_test = engineer(test).reindex(columns=X.columns, fill_value=0.0)

# --- correlation screen against log cost -----------------------------------------------
log_y = np.log(y)
corr = X.apply(lambda col: np.corrcoef(col.fillna(col.median()), log_y)[0, 1])
keep = corr[corr.abs() > 0.03].index.tolist()
print(f"kept {len(keep)} of {X.shape[1]} features")
print(corr.reindex(keep).sort_values().round(3))
X, X_test = X[keep], X_test[keep]

X_tr, X_va, y_tr, y_va = train_test_split(X, y, test_size=0.2, random_state=5)

# cap large losses at the 99th percentile of the training claims
cap = y_tr.quantile(0.99)
y_tr_c = y_tr.clip(upper=cap)
print("cap:", round(cap))

gbm = HistGradientBoostingRegressor(loss="gamma", learning_rate=0.05, max_iter=400,
                                    max_leaf_nodes=15, min_samples_leaf=80, l2_regularization=1.0,
                                    random_state=5)
gbm.fit(X_tr, y_tr_c)
p = gbm.predict(X_va)
print("val gamma deviance %.4f" % mean_gamma_deviance(y_va.clip(upper=cap), p))
print("val MAE            %.1f" % mean_absolute_error(y_va, p))

# A/E by predicted quintile
q = pd.qcut(p, 5, labels=False)
ae = pd.DataFrame({"q": q, "obs": y_va.clip(upper=cap).values, "pred": p}).groupby("q").sum()
print((ae.obs / ae.pred).round(3))

gbm.fit(X, y.clip(upper=y.quantile(0.99)))
pd.DataFrame({"claim_id": X_test.index, "prediction": gbm.predict(X_test)}).to_csv(
    "predictions.csv", index=False)
