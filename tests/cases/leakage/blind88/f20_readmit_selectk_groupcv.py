"""Readmission risk: SelectKBest inside the pipeline, tuned with patient-grouped CV."""
import numpy as np
import pandas as pd
from sklearn.model_selection import GroupKFold, GroupShuffleSplit, GridSearchCV
from sklearn.compose import ColumnTransformer
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.impute import SimpleImputer
from sklearn.feature_selection import SelectKBest, mutual_info_classif
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, brier_score_loss, average_precision_score

POST_DISCHARGE = ["readmit_los_days", "post_discharge_er_visits"]

df = pd.read_csv("train.csv")
X = df.drop(columns=["stay_id", "patient_id", "readmitted_30d"] + POST_DISCHARGE)
y = df["readmitted_30d"]
groups = df["patient_id"]

outer = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=10)
dev_idx, test_idx = next(outer.split(X, y, groups))
X_dev, y_dev, g_dev = X.iloc[dev_idx], y.iloc[dev_idx], groups.iloc[dev_idx]
X_test, y_test = X.iloc[test_idx], y.iloc[test_idx]

cats = X.select_dtypes("object").columns.tolist()
nums = X.select_dtypes("number").columns.tolist()
pipe = Pipeline([
    ("prep", ColumnTransformer([
        ("num", Pipeline([("imp", SimpleImputer(strategy="median")), ("sc", StandardScaler())]), nums),
        ("cat", OneHotEncoder(handle_unknown="ignore", sparse_output=False), cats),
    ])),
    ("select", SelectKBest(mutual_info_classif)),
    ("lr", LogisticRegression(max_iter=3000)),
])
grid = GridSearchCV(
    pipe,
    param_grid={"select__k": [10, 20, 30, "all"], "lr__C": [0.05, 0.2, 1.0]},
    cv=GroupKFold(n_splits=5),
    scoring="neg_brier_score",
    n_jobs=-1,
)
grid.fit(X_dev, y_dev, groups=g_dev)
print("best params:", grid.best_params_)
print("grouped-CV Brier:", round(-grid.best_score_, 4))

best = grid.best_estimator_
dummy = DummyClassifier(strategy="prior").fit(X_dev, y_dev)

p_model = best.predict_proba(X_test)[:, 1]
p_dummy = dummy.predict_proba(X_test)[:, 1]
print(f"test Brier  model {brier_score_loss(y_test, p_model):.4f}  dummy {brier_score_loss(y_test, p_dummy):.4f}")
print(f"test AUC    model {roc_auc_score(y_test, p_model):.4f}")
print(f"test AP     model {average_precision_score(y_test, p_model):.4f}  (prevalence {y_test.mean():.3f})")

selected = best.named_steps["select"].get_support()
names = best.named_steps["prep"].get_feature_names_out()
print("selected:", list(names[selected])[:20])

test = pd.read_csv("test.csv")
pd.DataFrame({
    "stay_id": test["stay_id"],
    "prediction": best.predict_proba(test.drop(columns=["stay_id", "patient_id"] + POST_DISCHARGE))[:, 1],
}).to_csv("predictions.csv", index=False)
