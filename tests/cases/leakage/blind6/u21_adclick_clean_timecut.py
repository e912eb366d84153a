"""Ad click-through model.

Evaluation mimics production: the model is trained on earlier hours and scored
on later hours for users it has never seen. Early stopping uses a validation
window carved out of the training period with the same rules.
"""
import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.metrics import average_precision_score, log_loss, roc_auc_score

CATS = ["ad_category", "device", "site_id"]
FEATS = CATS + ["position", "user_past_ctr", "hour_of_day", "n_prev_impr", "hours_since_prev"]
NOT_FEATURES = ["impression_id", "user_id", "event_hour", "clicked", "conversion_value"]


def add_sequence_features(df):
    """Counts and gaps computed from the user's earlier impressions only."""
    df = df.sort_values(["user_id", "event_hour"]).copy()
    g = df.groupby("user_id")
    df["n_prev_impr"] = g.cumcount()
    df["hours_since_prev"] = g["event_hour"].diff().dt.total_seconds() / 3600.0
    return df


def out_of_time_unseen(df, q):
    """Rows before the q-quantile hour vs. later rows of users absent before it."""
    cut = df["event_hour"].quantile(q)
    early = df[df["event_hour"] < cut]
    late = df[(df["event_hour"] >= cut) & ~df["user_id"].isin(early["user_id"])]
    return early, late


def as_lgb(frame, categories=None):
    X = frame[FEATS].copy()
    for c in CATS:
        cats = None if categories is None else categories[c]
        X[c] = pd.Categorical(X[c], categories=cats)
    return X


raw = pd.read_csv("train.csv", parse_dates=["event_hour"])
df = add_sequence_features(raw)
assert not set(NOT_FEATURES) & set(FEATS)

train, test_part = out_of_time_unseen(df, 0.8)
fit_part, val_part = out_of_time_unseen(train, 0.85)
print(f"fit {len(fit_part)}  val {len(val_part)}  test {len(test_part)}")

X_fit = as_lgb(fit_part)
cats = {c: X_fit[c].cat.categories for c in CATS}
X_val = as_lgb(val_part, cats)

params = dict(
    objective="binary",
    learning_rate=0.03,
    num_leaves=31,
    min_child_samples=200,
    subsample=0.8,
    subsample_freq=1,
    colsample_bytree=0.8,
    reg_lambda=5.0,
    n_estimators=3000,
    random_state=0,
    verbose=-1,
)
model = lgb.LGBMClassifier(**params)
model.fit(
    X_fit,
    fit_part["clicked"],
    eval_set=[(X_val, val_part["clicked"])],
    eval_metric="binary_logloss",
    callbacks=[lgb.early_stopping(100, verbose=False)],
)
best_iter = model.best_iteration_
print("best iteration on validation window:", best_iter)

# one look at the held-out window
X_test = as_lgb(test_part, cats)
y_test = test_part["clicked"].to_numpy()
p = model.predict_proba(X_test, num_iteration=best_iter)[:, 1]
ctr_prior = np.full(len(y_test), fit_part["clicked"].mean())

print(f"{'':18s}{'logloss':>9s}{'auc':>8s}{'pr_auc':>8s}")
print(f"{'constant CTR':18s}{log_loss(y_test, ctr_prior):9.4f}{0.5:8.3f}{average_precision_score(y_test, ctr_prior):8.4f}")
print(f"{'lightgbm':18s}{log_loss(y_test, p):9.4f}{roc_auc_score(y_test, p):8.3f}{average_precision_score(y_test, p):8.4f}")

# final refit on all labelled hours, with the iteration count found above
params["n_estimators"] = max(best_iter, 50)
X_all = as_lgb(df)
cats_all = {c: X_all[c].cat.categories for c in CATS}
final = lgb.LGBMClassifier(**params).fit(X_all, df["clicked"])

test = pd.read_csv("test.csv", parse_dates=["event_hour"])
both = add_sequence_features(pd.concat([raw.drop(columns=["clicked", "conversion_value"]), test], ignore_index=True))
test_rows = both[both["impression_id"].isin(test["impression_id"])]
pred = final.predict_proba(as_lgb(test_rows, cats_all))[:, 1]
pd.DataFrame({"impression_id": test_rows["impression_id"].to_numpy(), "prediction": pred}).to_csv(
    "predictions.csv", index=False
)
print("saved", len(pred))
