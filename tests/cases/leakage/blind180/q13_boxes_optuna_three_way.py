"""Box cancellation: LightGBM tuned with Optuna.

Three chronological blocks. Validation and test keep only subscribers who
have no row in any earlier block, which is what the hidden test looks like.
  train: weeks < 2024-04-08
  valid: 2024-04-08 .. 2024-05-05 (tuning + early stopping)
  test : weeks >= 2024-05-06      (scored once, at the end)
"""
import lightgbm as lgb
import numpy as np
import optuna
import pandas as pd
from sklearn.metrics import average_precision_score, roc_auc_score

optuna.logging.set_verbosity(optuna.logging.WARNING)
TARGET = "cancelled_next_week"
LEVELS = {"plan_tier": ["basic", "family", "premium"],
          "region": ["north", "south", "east", "west"],
          "acquisition_channel": ["organic", "search", "paid_social", "referral", "influencer"]}
NUM = ["weeks_active", "boxes_skipped_4w", "support_tickets_4w", "discount_pct",
       "box_rating_last", "delivery_delay_days", "payment_failed"]
FEATURES = NUM + list(LEVELS)

df = pd.read_csv("train.csv", parse_dates=["week_start"])
sub = pd.read_csv("test.csv", parse_dates=["week_start"])
for frame in (df, sub):
    for col, levels in LEVELS.items():
        frame[col] = pd.Categorical(frame[col], categories=levels)

c1, c2 = pd.Timestamp("2024-04-08"), pd.Timestamp("2024-05-06")
train = df[df["week_start"] < c1]
valid = df[(df["week_start"] >= c1) & (df["week_start"] < c2)]
valid = valid[~valid["subscriber_id"].isin(train["subscriber_id"])]
test = df[df["week_start"] >= c2]
test = test[~test["subscriber_id"].isin(pd.concat([train, valid])["subscriber_id"])]
print({name: (len(part), round(part[TARGET].mean(), 4))
       for name, part in [("train", train), ("valid", valid), ("test", test)]})


def objective(trial):
    params = {
        "n_estimators": 2000,
        "learning_rate": trial.suggest_float("learning_rate", 0.01, 0.1, log=True),
        "num_leaves": trial.suggest_int("num_leaves", 8, 96, log=True),
        "min_child_samples": trial.suggest_int("min_child_samples", 10, 200, log=True),
        "colsample_bytree": trial.suggest_float("colsample_bytree", 0.5, 1.0),
        "reg_lambda": trial.suggest_float("reg_lambda", 1e-3, 10.0, log=True),
        "random_state": 0,
        "verbose": -1,
    }
    model = lgb.LGBMClassifier(**params)
    model.fit(train[FEATURES], train[TARGET], eval_set=[(valid[FEATURES], valid[TARGET])],
              eval_metric="auc", callbacks=[lgb.early_stopping(100, verbose=False)])
    trial.set_user_attr("best_iteration", model.best_iteration_)
    return roc_auc_score(valid[TARGET], model.predict_proba(valid[FEATURES])[:, 1])


study = optuna.create_study(direction="maximize", sampler=optuna.samplers.TPESampler(seed=0))
study.optimize(objective, n_trials=40)
print("best valid AUC", round(study.best_value, 4), study.best_params)

best = lgb.LGBMClassifier(**study.best_params,
                          n_estimators=study.best_trial.user_attrs["best_iteration"],
                          random_state=0, verbose=-1)
best.fit(train[FEATURES], train[TARGET])

# Baseline: the training cancellation rate for everybody.
p_base = np.full(len(test), train[TARGET].mean())
p_test = best.predict_proba(test[FEATURES])[:, 1]
print(f"TEST baseline AUC {roc_auc_score(test[TARGET], p_base):.3f} "
      f"AP {average_precision_score(test[TARGET], p_base):.3f}")
print(f"TEST tuned    AUC {roc_auc_score(test[TARGET], p_test):.3f} "
      f"AP {average_precision_score(test[TARGET], p_test):.3f}")

pd.DataFrame({"row_id": sub["row_id"],
              "prediction": best.predict_proba(sub[FEATURES])[:, 1]}).to_csv(
    "predictions.csv", index=False)
