"""Monthly churn model: HistGradientBoosting + evaluation report.

Evaluation design: train on snapshots before the cutoff month; evaluate on the
snapshots from the cutoff on, only for customers who have no snapshot before
the cutoff (so no customer is on both sides).
"""
import numpy as np
import pandas as pd
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.inspection import permutation_importance
from sklearn.metrics import roc_auc_score, average_precision_score, brier_score_loss, confusion_matrix
from sklearn.calibration import calibration_curve

NON_FEATURES = ["churned", "row_id", "customer_id", "snapshot_month", "cancellation_reason", "retention_offer_accepted"]
CATEGORICAL = ["plan", "region", "device"]


def add_history(frame):
    """Month-over-month changes per customer, using the previous snapshot only."""
    frame = frame.sort_values(["customer_id", "snapshot_month"]).copy()
    prev = frame.groupby("customer_id")[["logins_30d", "monthly_spend", "support_tickets_30d"]].shift(1)
    frame["logins_delta"] = frame["logins_30d"] - prev["logins_30d"]
    frame["spend_delta"] = frame["monthly_spend"] - prev["monthly_spend"]
    frame["tickets_delta"] = frame["support_tickets_30d"] - prev["support_tickets_30d"]
    return frame


def to_matrix(frame):
    X = frame.drop(columns=[c for c in NON_FEATURES if c in frame.columns]).copy()
    for c in X.columns:
        if X[c].dtype == object or c in CATEGORICAL:
            X[c] = X[c].astype("category")
    return X


snapshots = add_history(pd.read_csv("train.csv", parse_dates=["snapshot_month"]))
scoring = add_history(pd.read_csv("test.csv", parse_dates=["snapshot_month"]))
print(snapshots.shape, "churn rate", round(snapshots["churned"].mean(), 3))

cutoff = snapshots["snapshot_month"].sort_values().unique()[-3]
past = snapshots[snapshots["snapshot_month"] < cutoff]
later = snapshots[snapshots["snapshot_month"] >= cutoff]
later = later[~later["customer_id"].isin(past["customer_id"])].copy()
X_past, y_past = to_matrix(past), past["churned"]
X_later, y_later = to_matrix(later), later["churned"]
print("features:", list(X_past.columns))

hgb = HistGradientBoostingClassifier(max_iter=400, learning_rate=0.05, max_leaf_nodes=31, l2_regularization=1.0,
                                     categorical_features="from_dtype", early_stopping=False, random_state=0)
hgb.fit(X_past, y_past)
prior = DummyClassifier(strategy="prior").fit(X_past, y_past)
later["p"] = hgb.predict_proba(X_later)[:, 1]
p_prior = prior.predict_proba(X_later)[:, 1]


def bootstrap_customers(frame, fn, reps=500, seed=1):
    rng = np.random.default_rng(seed)
    pieces = dict(tuple(frame.groupby("customer_id")))
    ids = np.array(list(pieces))
    vals = []
    for _ in range(reps):
        s = pd.concat([pieces[i] for i in rng.choice(ids, len(ids))])
        if s["churned"].nunique() == 2:
            vals.append(fn(s["churned"], s["p"]))
    return np.percentile(vals, [2.5, 97.5]).round(4)


print("\nprior baseline  AUC %.4f  AP %.4f  Brier %.4f" % (roc_auc_score(y_later, p_prior),
      average_precision_score(y_later, p_prior), brier_score_loss(y_later, p_prior)))
print("hgb             AUC %.4f %s" % (roc_auc_score(y_later, later["p"]), bootstrap_customers(later, roc_auc_score)))
print("hgb             AP  %.4f %s" % (average_precision_score(y_later, later["p"]), bootstrap_customers(later, average_precision_score)))
print("hgb             Brier %.4f" % brier_score_loss(y_later, later["p"]))

fig, ax = plt.subplots(figsize=(5, 5))
obs, pred = calibration_curve(y_later, later["p"], n_bins=10, strategy="quantile")
ax.plot(pred, obs, "o-"); ax.plot([0, 1], [0, 1], "k--"); ax.set_title("calibration")
fig.savefig("calibration.png", dpi=120)

for t in (0.2, 0.3, 0.5):
    tn, fp, fn, tp = confusion_matrix(y_later, (later["p"] >= t).astype(int)).ravel()
    print(f"t={t}: precision {tp / max(tp + fp, 1):.3f} recall {tp / max(tp + fn, 1):.3f} contacted {tp + fp}")

later["customer_type"] = np.where(later["tenure_months"] < 3, "new", "returning")
rows = []
for col in ["plan", "region", "device", "customer_type"]:
    for lvl, g in later.groupby(col):
        if g["churned"].nunique() == 2:
            rows.append((col, lvl, len(g), g["churned"].mean(), g["p"].mean(), roc_auc_score(g["churned"], g["p"])))
seg = pd.DataFrame(rows, columns=["dim", "level", "n", "obs", "pred", "auc"])
seg["calibration_gap"] = seg["pred"] - seg["obs"]
print(seg.round(3).to_string(index=False))

# which inputs matter on the evaluation customers (report only)
pi = permutation_importance(hgb, X_later, y_later, scoring="roc_auc", n_repeats=5, random_state=0)
print(pd.Series(pi.importances_mean, index=X_later.columns).sort_values(ascending=False).round(4).head(12))

hgb.fit(to_matrix(snapshots), snapshots["churned"])
scoring["prediction"] = hgb.predict_proba(to_matrix(scoring))[:, 1]
scoring[["row_id", "prediction"]].to_csv("predictions.csv", index=False)
