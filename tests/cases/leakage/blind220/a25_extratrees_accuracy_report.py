"""
churn-snapshots: ExtraTrees churn flagger.

Blocks
  fit    Jan-Jun (all customers)
  valid  Jul, customers first seen in July        -> choose class_weight / depth
  test   Aug-Sep, customers first seen after July -> report
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import ExtraTreesClassifier
from sklearn.metrics import accuracy_score

Y = "churned_next_month"

frame = pd.read_csv("train.csv")
frame["mon"] = pd.to_datetime(frame["snapshot_month"]).dt.month
frame = frame.sort_values(["customer_id", "mon"])


def make_features(d):
    g = d.groupby("customer_id")
    d = d.assign(
        usage_prev=g["usage_hours"].shift(1).fillna(-1),
        usage_prev_mean=g["usage_hours"].transform(lambda s: s.shift(1).expanding().mean()).fillna(-1),
        tickets_prev_max=g["support_tickets"].transform(lambda s: s.shift(1).cummax()).fillna(0),
        failures_running=g["payment_failures"].cumsum(),
        charge_per_tenure=d["monthly_charges"] / (d["tenure_months"] + 1),
    )
    d = d.join(pd.get_dummies(d["plan"], prefix="plan", dtype=int))
    return d


frame = make_features(frame)
cols = [c for c in frame.columns if c not in (
    "snapshot_id", "customer_id", "snapshot_month", "mon", "plan", Y,
    "retention_offer_accepted", "account_closed_date_known")]

fit = frame[frame.mon <= 6]
seen = set(fit.customer_id)
valid = frame[(frame.mon == 7) & ~frame.customer_id.isin(seen)]
seen |= set(valid.customer_id)
test = frame[(frame.mon >= 8) & ~frame.customer_id.isin(seen)]
print(f"fit={len(fit)} valid={len(valid)} test={len(test)}")

# --- tune on validation ---------------------------------------------------------------
grid = []
for cw in (None, "balanced", {0: 1, 1: 5}):
    for depth in (8, 12, None):
        et = ExtraTreesClassifier(n_estimators=400, max_depth=depth, min_samples_leaf=10,
                                  class_weight=cw, n_jobs=-1, random_state=3)
        et.fit(fit[cols], fit[Y])
        acc = accuracy_score(valid[Y], et.predict(valid[cols]))
        grid.append((str(cw), depth, acc))
        print(f"class_weight={str(cw):16s} depth={str(depth):5s} valid acc={acc:.4f}")
grid = pd.DataFrame(grid, columns=["class_weight", "max_depth", "valid_acc"])
best = grid.loc[grid.valid_acc.idxmax()]
print("best:", best.to_dict())

cw_map = {"None": None, "balanced": "balanced", "{0: 1, 1: 5}": {0: 1, 1: 5}}
depth = None if pd.isna(best.max_depth) else int(best.max_depth)
model = ExtraTreesClassifier(n_estimators=400, max_depth=depth, min_samples_leaf=10,
                             class_weight=cw_map[best.class_weight], n_jobs=-1, random_state=3)
model.fit(fit[cols], fit[Y])

# --- test block -----------------------------------------------------------------------
baseline = DummyClassifier(strategy="most_frequent").fit(fit[cols], fit[Y])
summary = pd.DataFrame({
    "model": ["extra_trees", "baseline_majority"],
    "test_accuracy": [accuracy_score(test[Y], model.predict(test[cols])),
                      accuracy_score(test[Y], baseline.predict(test[cols]))],
})
print(summary.round(4).to_string(index=False))

by_month = test.assign(pred=model.predict(test[cols])).groupby("mon").apply(
    lambda d: accuracy_score(d[Y], d["pred"]))
print("accuracy by month:", by_month.round(4).to_dict())

imp = pd.Series(model.feature_importances_, index=cols).sort_values(ascending=False)
print(imp.head(10).round(4).to_string())
