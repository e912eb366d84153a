"""churn take-home: model bake-off with a proper validation window

fit   : Jan-May snapshots
valid : Jun-Jul snapshots, customers not in the fit window  -> pick model + threshold
test  : Aug-Sep snapshots, customers in neither of the above -> scored once at the end
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import RandomForestClassifier, ExtraTreesClassifier, HistGradientBoostingClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, f1_score

pd.options.display.width = 140

snapshots = pd.read_csv("train.csv")
snapshots["snapshot_month"] = pd.to_datetime(snapshots["snapshot_month"])
to_score = pd.read_csv("test.csv")

FEATURES = ["plan", "monthly_charges", "tenure_months", "usage_hours", "support_tickets", "payment_failures"]
TARGET = "churned_next_month"

m = snapshots["snapshot_month"].dt.month
fit_w = snapshots[m <= 5]
val_w = snapshots[(m >= 6) & (m <= 7)]
test_w = snapshots[m >= 8]
val_w = val_w[~val_w["customer_id"].isin(fit_w["customer_id"])]
seen = set(fit_w["customer_id"]) | set(val_w["customer_id"])
test_w = test_w[~test_w["customer_id"].isin(seen)]
for nm, part in [("fit", fit_w), ("valid", val_w), ("test", test_w)]:
    print(f"{nm:<6} rows={len(part):>6} customers={part['customer_id'].nunique():>5} churn={part[TARGET].mean():.4f}")

X_fit, y_fit = fit_w[FEATURES], fit_w[TARGET]
X_val, y_val = val_w[FEATURES], val_w[TARGET]
X_test, y_test = test_w[FEATURES], test_w[TARGET]

pre = ColumnTransformer([
    ("plan", OneHotEncoder(handle_unknown="ignore"), ["plan"]),
    ("num", StandardScaler(), FEATURES[1:]),
])

zoo = {
    "baseline_prior": DummyClassifier(strategy="prior"),
    "logreg": LogisticRegression(max_iter=1000, class_weight="balanced"),
    "rf": RandomForestClassifier(n_estimators=500, min_samples_leaf=10, n_jobs=-1, random_state=1),
    "extratrees": ExtraTreesClassifier(n_estimators=500, min_samples_leaf=10, n_jobs=-1, random_state=1),
    "hgb": HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, random_state=1),
    "hgb_slow": HistGradientBoostingClassifier(max_iter=800, learning_rate=0.02, max_leaf_nodes=15, random_state=1),
}

board, trained = [], {}
for name, clf in zoo.items():
    pipe = Pipeline([("pre", pre), ("clf", clf)])
    pipe.fit(X_fit, y_fit)
    p = pipe.predict_proba(X_val)[:, 1]
    trained[name] = (pipe, p)
    board.append((name, roc_auc_score(y_val, p), average_precision_score(y_val, p)))

board = pd.DataFrame(board, columns=["model", "roc_auc", "pr_auc"]).sort_values("pr_auc", ascending=False)
print(board.to_string(index=False))

winner = board[board["model"] != "baseline_prior"].iloc[0]["model"]
pipe, p_val = trained[winner]

ths = np.arange(0.05, 0.95, 0.01)
f1s = np.array([f1_score(y_val, (p_val >= t).astype(int)) for t in ths])
t_best = float(ths[f1s.argmax()])
print(f"\nwinner on validation: {winner}, threshold {t_best:.2f} (valid F1 {f1s.max():.4f})")

# refit the winner on fit+valid windows (still all before August), then the one look at test
fit_val = pd.concat([fit_w, val_w])
pipe.fit(fit_val[FEATURES], fit_val[TARGET])
p_test = pipe.predict_proba(X_test)[:, 1]
base_test = trained["baseline_prior"][0].predict_proba(X_test)[:, 1]
print(f"test roc_auc = {roc_auc_score(y_test, p_test):.4f}   (baseline {roc_auc_score(y_test, base_test):.4f})")
print(f"test pr_auc  = {average_precision_score(y_test, p_test):.4f}   (baseline {average_precision_score(y_test, base_test):.4f})")
print(f"test F1@{t_best:.2f} = {f1_score(y_test, (p_test >= t_best).astype(int)):.4f}")

# submission: refit on all nine months
pipe.fit(snapshots[FEATURES], snapshots[TARGET])
pd.DataFrame({"snapshot_id": to_score["snapshot_id"],
              "prediction": pipe.predict_proba(to_score[FEATURES])[:, 1]}).to_csv("predictions.csv", index=False)
