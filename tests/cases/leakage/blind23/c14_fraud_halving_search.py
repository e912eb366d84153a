import json
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.experimental import enable_halving_search_cv  # noqa: F401
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.impute import SimpleImputer
from sklearn.metrics import average_precision_score, roc_auc_score, recall_score
from sklearn.model_selection import HalvingGridSearchCV, StratifiedKFold, train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, RobustScaler

OUT = Path("artifacts/fraud_halving")
OUT.mkdir(parents=True, exist_ok=True)

NUMERIC = ["amount", "hour", "account_age_days", "txn_count_24h", "avg_amount_30d",
           "distance_from_home_km"]
BINARY = ["card_present", "country_mismatch"]
CATEGORICAL = ["merchant_category", "device_type"]

tx = pd.read_csv("data/transactions.csv")
tx["log_amount"] = np.log1p(tx["amount"])
tx["amount_vs_30d"] = tx["amount"] / tx["avg_amount_30d"].replace(0, np.nan)
NUMERIC += ["log_amount", "amount_vs_30d"]

X = tx[NUMERIC + BINARY + CATEGORICAL]
y = tx["is_fraud"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=2024)

pre = ColumnTransformer([
    ("num", Pipeline([("imp", SimpleImputer(strategy="median")), ("sc", RobustScaler())]), NUMERIC),
    ("bin", "passthrough", BINARY),
    ("cat", OneHotEncoder(handle_unknown="infrequent_if_exist", min_frequency=50), CATEGORICAL),
])
pipe = Pipeline([("pre", pre), ("gbm", HistGradientBoostingClassifier(random_state=0, early_stopping=False))])

grid = {
    "gbm__learning_rate": [0.03, 0.06, 0.12],
    "gbm__max_leaf_nodes": [15, 31, 63],
    "gbm__min_samples_leaf": [20, 80],
    "gbm__l2_regularization": [0.0, 0.5],
}
search = HalvingGridSearchCV(
    pipe, grid,
    cv=StratifiedKFold(n_splits=5, shuffle=True, random_state=0),
    scoring="average_precision",
    resource="gbm__max_iter", min_resources=50, max_resources=800, factor=3,
    n_jobs=-1, random_state=0, verbose=1,
)
search.fit(X_train, y_train)
cv_table = pd.DataFrame(search.cv_results_)
cv_table.sort_values("mean_test_score", ascending=False).head(20).to_csv(OUT / "cv_top20.csv", index=False)

model = search.best_estimator_
p_test = model.predict_proba(X_test)[:, 1]
dummy = DummyClassifier(strategy="prior").fit(X_train, y_train)
p_dummy = dummy.predict_proba(X_test)[:, 1]

alert_budget = 0.01
cut = np.quantile(model.predict_proba(X_train)[:, 1], 1 - alert_budget)
metrics = {
    "best_params": search.best_params_,
    "cv_ap": search.best_score_,
    "test_ap": average_precision_score(y_test, p_test),
    "test_roc_auc": roc_auc_score(y_test, p_test),
    "test_recall_at_1pct_alerts": recall_score(y_test, (p_test >= cut).astype(int)),
    "dummy_ap": average_precision_score(y_test, p_dummy),
}
(OUT / "metrics.json").write_text(json.dumps(metrics, indent=2, default=float))
print(json.dumps(metrics, indent=2, default=float))
