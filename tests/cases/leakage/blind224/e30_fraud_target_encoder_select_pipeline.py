"""
card-fraud: target encoding + model-based feature selection, all inside one Pipeline.

  * duckdb builds raw + interaction columns
  * category_encoders.TargetEncoder, SelectFromModel(L1 logistic) and the final model are
    steps of a single Pipeline, tuned with GridSearchCV on the training part (5 stratified folds)
  * the 20% test part is scored once with the refit best pipeline; a DummyClassifier is the floor
"""
import duckdb
import numpy as np
import pandas as pd
from category_encoders import TargetEncoder
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.feature_selection import SelectFromModel
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score, classification_report
from sklearn.model_selection import GridSearchCV, StratifiedKFold, train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

RS = 31

SQL = """
SELECT transaction_id,
       amount, hour, card_age_days, tx_count_24h,
       merchant_category, country, device_type,
       merchant_category || '|' || device_type AS mcc_device,
       country || '|' || device_type           AS country_device,
       ln(1 + amount)                           AS log_amount,
       amount / (1 + tx_count_24h)              AS amount_per_tx,
       (card_age_days < 30)::INT                AS new_card
       {label}
FROM read_csv_auto('{path}')
"""
con = duckdb.connect()
df = con.execute(SQL.format(label=", is_fraud", path="train.csv")).df()
df_sub = con.execute(SQL.format(label="", path="test.csv")).df()

CATS = ["merchant_category", "country", "device_type", "mcc_device", "country_device"]
NUMS = ["amount", "hour", "card_age_days", "tx_count_24h", "log_amount", "amount_per_tx", "new_card"]

X = df[CATS + NUMS]
y = df["is_fraud"]
X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2, stratify=y, random_state=RS)
print("train", X_tr.shape, "test", X_te.shape, "fraud share", round(y.mean(), 4))

pre = ColumnTransformer([
    ("te", TargetEncoder(cols=CATS, smoothing=20.0), CATS),
    ("num", StandardScaler(), NUMS),
])
pipe = Pipeline([
    ("pre", pre),
    ("select", SelectFromModel(LogisticRegression(penalty="l1", solver="liblinear", C=0.1,
                                                  class_weight="balanced"))),
    ("model", HistGradientBoostingClassifier(random_state=RS)),
])

grid = {
    "pre__te__smoothing": [5.0, 20.0],
    "select__estimator__C": [0.05, 0.5],
    "model__learning_rate": [0.05, 0.1],
    "model__max_leaf_nodes": [15, 31],
}
search = GridSearchCV(
    pipe,
    grid,
    scoring="average_precision",
    cv=StratifiedKFold(n_splits=5, shuffle=True, random_state=RS),
    n_jobs=-1,
    refit=True,
)
search.fit(X_tr, y_tr)
print("best CV PR-AUC %.4f" % search.best_score_)
print("best params", search.best_params_)

cvr = pd.DataFrame(search.cv_results_).sort_values("rank_test_score")
print(cvr[["params", "mean_test_score", "std_test_score"]].head(5).to_string(index=False))

kept = search.best_estimator_.named_steps["select"].get_support()
names = np.array(CATS + NUMS)
print("kept features:", list(names[kept]))

# one look at the held-out 20%
dummy = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
p_dummy = dummy.predict_proba(X_te)[:, 1]
p_best = search.predict_proba(X_te)[:, 1]
print(f"test  dummy  ROC AUC {roc_auc_score(y_te, p_dummy):.4f}  PR AUC {average_precision_score(y_te, p_dummy):.4f}")
print(f"test  model  ROC AUC {roc_auc_score(y_te, p_best):.4f}  PR AUC {average_precision_score(y_te, p_best):.4f}")
print(classification_report(y_te, (p_best >= 0.5).astype(int), digits=3))

# submission model: same hyperparameters, all of train.csv
final = search.best_estimator_.fit(X, y)
pd.DataFrame({"transaction_id": df_sub["transaction_id"],
              "prediction": final.predict_proba(df_sub[CATS + NUMS])[:, 1]}).to_csv(
    "predictions.csv", index=False)
