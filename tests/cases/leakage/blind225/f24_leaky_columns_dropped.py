# Loan default (default_next_3m) - gradient boosting on the loan-month panel
#
# Validation: hold out the last 5 months of train.csv, new loans only
# (the hidden test.csv is loans originated after the training window).
# Then refit on the whole of train.csv and write predictions for test.csv.

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer, make_column_selector
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OrdinalEncoder
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, classification_report

TARGET = "default_next_3m"
ID = "loan_month_id"

train_raw = pd.read_csv("train.csv", parse_dates=["as_of_month"])
test_raw = pd.read_csv("test.csv", parse_dates=["as_of_month"])


def add_history(df):
    df = df.sort_values(["loan_id", "as_of_month"]).copy()
    by = df.groupby("loan_id")
    df["dpd_prev"] = by["dpd"].shift(1)
    df["dpd_prev_max3"] = by["dpd"].transform(lambda s: s.shift(1).rolling(3, min_periods=1).max())
    df["util_prev"] = by["utilization"].shift(1)
    df["bal_change"] = df["balance"] - by["balance"].shift(1)
    df["n_months_late"] = by["dpd"].transform(lambda s: (s > 0).cumsum())
    return df


train_df = add_history(train_raw)

# columns that are not model inputs
# (charge-off amount and collections stage are only filled in after a default)
drop_cols = [ID, "loan_id", "as_of_month", TARGET, "charge_off_amount", "collections_stage"]
X_cols = [c for c in train_df.columns if c not in drop_cols]
print("n features:", len(X_cols))
print(X_cols)

pre = ColumnTransformer(
    [("cat", OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1),
      make_column_selector(dtype_include=object))],
    remainder="passthrough",
)


def make_model():
    return Pipeline([
        ("pre", pre),
        ("hgb", HistGradientBoostingClassifier(learning_rate=0.06, max_iter=500, max_leaf_nodes=63,
                                               min_samples_leaf=100, early_stopping=False,
                                               random_state=3)),
    ])


# ---- holdout --------------------------------------------------------------------
cut = train_df["as_of_month"].max() - pd.DateOffset(months=5)
fit_rows = train_df[train_df["as_of_month"] <= cut]
hold_rows = train_df[(train_df["as_of_month"] > cut) & ~train_df["loan_id"].isin(fit_rows["loan_id"])]
print(f"fit {len(fit_rows)} rows / holdout {len(hold_rows)} rows ({hold_rows['loan_id'].nunique()} loans)")

model = make_model().fit(fit_rows[X_cols], fit_rows[TARGET])
proba = model.predict_proba(hold_rows[X_cols])[:, 1]

dummy = DummyClassifier(strategy="prior").fit(fit_rows[X_cols], fit_rows[TARGET])
proba_dummy = dummy.predict_proba(hold_rows[X_cols])[:, 1]

print("holdout AUC   model %.4f | dummy %.4f" % (roc_auc_score(hold_rows[TARGET], proba),
                                                 roc_auc_score(hold_rows[TARGET], proba_dummy)))
print("holdout AP    model %.4f | dummy %.4f" % (average_precision_score(hold_rows[TARGET], proba),
                                                 average_precision_score(hold_rows[TARGET], proba_dummy)))
k = int(0.05 * len(proba))
thr = np.sort(proba)[-k]
print(classification_report(hold_rows[TARGET], (proba >= thr).astype(int), digits=3))

# ---- submission -----------------------------------------------------------------
final = make_model().fit(train_df[X_cols], train_df[TARGET])
combined = add_history(pd.concat([train_raw.drop(columns=[TARGET]), test_raw], ignore_index=True))
test_X = combined[combined[ID].isin(test_raw[ID])]
sub = pd.DataFrame({ID: test_X[ID].values, "prediction": final.predict_proba(test_X[X_cols])[:, 1]})
sub.to_csv("predictions.csv", index=False)
print(sub.shape, sub["prediction"].describe())
