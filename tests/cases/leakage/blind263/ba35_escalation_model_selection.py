"""
Escalation take-home: compare a few model families and keep the best.

train.csv -> split by account (80/20) -> fit candidates -> report.
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier, RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import GroupShuffleSplit
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

RANDOM_STATE = 5
LEAKY = ["resolution_hours", "escalation_tier", "csat_score"]

df = pd.read_csv("train.csv").drop(columns=LEAKY)
num_cols = ["account_seats", "account_age_days", "first_response_minutes", "replies_first_24h",
            "attachments", "sentiment_score", "open_tickets_at_creation"]
cat_cols = ["channel", "product_area", "priority", "customer_plan"]
X, y = df[num_cols + cat_cols], df["escalated"]

splitter = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=RANDOM_STATE)
train_idx, test_idx = next(splitter.split(X, y, groups=df["account_id"]))
X_train, X_test = X.iloc[train_idx], X.iloc[test_idx]
y_train, y_test = y.iloc[train_idx], y.iloc[test_idx]
print(f"train {len(X_train)} / test {len(X_test)}; positives {y_train.sum()} / {y_test.sum()}")


def make(clf):
    pre = ColumnTransformer([
        ("num", StandardScaler(), num_cols),
        ("cat", OneHotEncoder(handle_unknown="ignore"), cat_cols),
    ])
    return Pipeline([("pre", pre), ("clf", clf)])


candidates = {
    "dummy_baseline": make(DummyClassifier(strategy="prior")),
    "logreg": make(LogisticRegression(C=0.5, class_weight="balanced", max_iter=3000)),
    "random_forest": make(RandomForestClassifier(n_estimators=400, min_samples_leaf=5, class_weight="balanced",
                                                 n_jobs=-1, random_state=RANDOM_STATE)),
    "hist_gbm": make(HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, class_weight="balanced",
                                                    random_state=RANDOM_STATE)),
}

scores = {}
for name, pipe in candidates.items():
    pipe.fit(X_train, y_train)
    proba = pipe.predict_proba(X_test)[:, 1]
    scores[name] = {"ap": average_precision_score(y_test, proba), "auc": roc_auc_score(y_test, proba)}
    print(f"{name:15s} AP={scores[name]['ap']:.3f} AUC={scores[name]['auc']:.3f}")

best = max((n for n in scores if n != "dummy_baseline"), key=lambda n: scores[n]["ap"])
print(f"\nselected model: {best}")
print(f"held-out AP {scores[best]['ap']:.3f} vs baseline {scores['dummy_baseline']['ap']:.3f}")
