"""churn take-home: model bake-off

train: Jan-Jun snapshots
test : Jul-Sep snapshots of customers not present in Jan-Jun
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import RandomForestClassifier, ExtraTreesClassifier, HistGradientBoostingClassifier
from sklearn.neighbors import KNeighborsClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, f1_score

pd.options.display.width = 140

snapshots = pd.read_csv("train.csv")
snapshots["snapshot_month"] = pd.to_datetime(snapshots["snapshot_month"])
to_score = pd.read_csv("test.csv")

print(snapshots["snapshot_month"].dt.to_period("M").value_counts().sort_index())
print(snapshots.groupby("plan")["churned_next_month"].mean())

FEATURES = ["plan", "monthly_charges", "tenure_months", "usage_hours", "support_tickets", "payment_failures"]
TARGET = "churned_next_month"

first_half = snapshots[snapshots["snapshot_month"] <= "2024-06-30"]
second_half = snapshots[snapshots["snapshot_month"] > "2024-06-30"]
known = first_half["customer_id"].unique()
second_half = second_half[~second_half["customer_id"].isin(known)]

X_train, y_train = first_half[FEATURES], first_half[TARGET]
X_test, y_test = second_half[FEATURES], second_half[TARGET]
print("train", X_train.shape, "test", X_test.shape, "test churn", round(y_test.mean(), 4))

pre = ColumnTransformer([
    ("plan", OneHotEncoder(handle_unknown="ignore"), ["plan"]),
    ("num", StandardScaler(), FEATURES[1:]),
])

zoo = {
    "logreg": LogisticRegression(max_iter=1000, class_weight="balanced"),
    "knn_50": KNeighborsClassifier(n_neighbors=50),
    "rf": RandomForestClassifier(n_estimators=500, min_samples_leaf=10, n_jobs=-1, random_state=1),
    "extratrees": ExtraTreesClassifier(n_estimators=500, min_samples_leaf=10, n_jobs=-1, random_state=1),
    "hgb": HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, random_state=1),
    "hgb_slow": HistGradientBoostingClassifier(max_iter=800, learning_rate=0.02, max_leaf_nodes=15, random_state=1),
}

board = []
trained = {}
for name, clf in zoo.items():
    pipe = Pipeline([("pre", pre), ("clf", clf)])
    pipe.fit(X_train, y_train)
    p = pipe.predict_proba(X_test)[:, 1]
    trained[name] = (pipe, p)
    board.append((name, roc_auc_score(y_test, p), average_precision_score(y_test, p)))

board = pd.DataFrame(board, columns=["model", "roc_auc", "pr_auc"]).sort_values("pr_auc", ascending=False)
print(board.to_string(index=False))

winner = board.iloc[0]["model"]
pipe, p_test = trained[winner]

# operating point: threshold with the best F1
ths = np.arange(0.05, 0.95, 0.01)
f1s = np.array([f1_score(y_test, (p_test >= t).astype(int)) for t in ths])
t_best = ths[f1s.argmax()]
print(f"\nwinner: {winner}")
print(f"test roc_auc = {roc_auc_score(y_test, p_test):.4f}")
print(f"test pr_auc  = {average_precision_score(y_test, p_test):.4f}")
print(f"test F1      = {f1s.max():.4f} at threshold {t_best:.2f}")

# refit winner on the full history and score test.csv
pipe.fit(snapshots[FEATURES], snapshots[TARGET])
pd.DataFrame({"snapshot_id": to_score["snapshot_id"],
              "prediction": pipe.predict_proba(to_score[FEATURES])[:, 1]}).to_csv("predictions.csv", index=False)
