import json

import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import RandomForestRegressor
from sklearn.inspection import permutation_importance
from sklearn.metrics import mean_absolute_error

NON_FEATURES = ["order_id", "order_ts", "courier_id", "restaurant_id", "courier_rating_after", "delay_min"]
CUTOFF = pd.Timestamp("2024-03-01")
INNER_CUTOFF = pd.Timestamp("2024-02-01")


def rf():
    return RandomForestRegressor(n_estimators=300, min_samples_leaf=10, max_features=0.5,
                                 n_jobs=-1, random_state=0)


def importance_table(model, X, y, repeats=8):
    r = permutation_importance(model, X, y, scoring="neg_mean_absolute_error",
                               n_repeats=repeats, random_state=0, n_jobs=-1)
    return pd.DataFrame({"mean": r.importances_mean, "sd": r.importances_std},
                        index=X.columns).sort_values("mean", ascending=False)


orders = pd.read_csv("data/deliveries_features_v3.csv", parse_dates=["order_ts"])
features = [c for c in orders.columns if c not in NON_FEATURES]

dev = orders[orders.order_ts < CUTOFF]
later = orders[orders.order_ts >= CUTOFF]
test = later[~later.courier_id.isin(dev.courier_id.unique())]

# pruning uses early development orders only; the later dev orders of
# unseen couriers serve as a sanity check of the probe model
dev_fit = dev[dev.order_ts < INNER_CUTOFF]
dev_chk = dev[(dev.order_ts >= INNER_CUTOFF) & ~dev.courier_id.isin(dev_fit.courier_id.unique())]
probe = rf().fit(dev_fit[features], dev_fit.delay_min)
imp_dev = importance_table(probe, dev_fit[features], dev_fit.delay_min)
keep = imp_dev.index[imp_dev["mean"] > 2 * imp_dev["sd"]].tolist()
print(f"kept {len(keep)} of {len(features)} features")

pruned_model = rf().fit(dev[keep], dev.delay_min)
baseline = DummyRegressor(strategy="median").fit(dev[features], dev.delay_min)

chk_full = mean_absolute_error(dev_chk.delay_min, probe.predict(dev_chk[features]))
result = {
    "dev_check_mae_all_features": round(chk_full, 3),
    "test_mae_pruned": round(mean_absolute_error(test.delay_min, pruned_model.predict(test[keep])), 3),
    "test_mae_baseline": round(mean_absolute_error(test.delay_min, baseline.predict(test[features])), 3),
    "kept_features": keep,
}
print(json.dumps(result, indent=2))

# for the write-up only: which features the shipped model relies on
report_imp = importance_table(pruned_model, test[keep], test.delay_min, repeats=5)
print(report_imp.head(10).round(3))
