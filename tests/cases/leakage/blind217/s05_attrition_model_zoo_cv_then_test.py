"""Compare a handful of classifiers by repeated stratified CV on the training
part, carry the winner forward, and score the untouched 20% test part once."""
import warnings

import numpy as np
import pandas as pd
from sklearn.compose import make_column_transformer, make_column_selector
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier, RandomForestClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score, brier_score_loss
from sklearn.model_selection import RepeatedStratifiedKFold, cross_val_score, train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from xgboost import XGBClassifier

warnings.filterwarnings("ignore", category=UserWarning)
SEED = 11

raw = pd.read_csv("train.csv")
y = raw.pop("attrited").astype(int)
ids = raw.pop("employee_id")
raw = raw.drop(columns=["exit_interview_scheduled", "offboarding_ticket_count"])

X_tr, X_te, y_tr, y_te = train_test_split(raw, y, test_size=0.2, stratify=y, random_state=SEED)


def prep(scale=True):
    num_steps = [SimpleImputer(strategy="median")]
    if scale:
        num_steps.append(StandardScaler())
    return make_column_transformer(
        (make_pipeline(*num_steps), make_column_selector(dtype_include="number")),
        (make_pipeline(SimpleImputer(strategy="constant", fill_value="NA"),
                       OneHotEncoder(handle_unknown="ignore")),
         make_column_selector(dtype_include="object")),
    )


pos_weight = (y_tr == 0).sum() / (y_tr == 1).sum()
candidates = {
    "dummy_prior": make_pipeline(prep(), DummyClassifier(strategy="prior")),
    "logreg": make_pipeline(prep(), LogisticRegression(C=0.3, max_iter=3000, class_weight="balanced")),
    "random_forest": make_pipeline(prep(scale=False), RandomForestClassifier(
        n_estimators=500, min_samples_leaf=5, class_weight="balanced_subsample", n_jobs=-1, random_state=SEED)),
    "hgb": make_pipeline(prep(scale=False), HistGradientBoostingClassifier(
        learning_rate=0.05, max_iter=300, max_leaf_nodes=15, random_state=SEED)),
    "xgb": make_pipeline(prep(scale=False), XGBClassifier(
        n_estimators=400, learning_rate=0.03, max_depth=4, subsample=0.8, colsample_bytree=0.8,
        scale_pos_weight=pos_weight, eval_metric="logloss", random_state=SEED)),
}

cv = RepeatedStratifiedKFold(n_splits=5, n_repeats=3, random_state=SEED)
results = {}
for name, est in candidates.items():
    auc = cross_val_score(est, X_tr, y_tr, cv=cv, scoring="roc_auc", n_jobs=-1)
    ap = cross_val_score(est, X_tr, y_tr, cv=cv, scoring="average_precision", n_jobs=-1)
    results[name] = {"auc_mean": auc.mean(), "auc_sd": auc.std(), "ap_mean": ap.mean(), "ap_sd": ap.std()}
    print(f"{name:15s} AUC {auc.mean():.3f}±{auc.std():.3f}   AP {ap.mean():.3f}±{ap.std():.3f}")

table = pd.DataFrame(results).T.sort_values("auc_mean", ascending=False)
print(table.round(3))

# one-standard-error rule: simplest model within 1 SE of the best
best_auc = table["auc_mean"].iloc[0]
se = table["auc_sd"].iloc[0] / np.sqrt(15)
simplicity = ["logreg", "random_forest", "hgb", "xgb"]
winner = next(m for m in simplicity if table.loc[m, "auc_mean"] >= best_auc - se)
print("selected:", winner)

final = candidates[winner].fit(X_tr, y_tr)
p = final.predict_proba(X_te)[:, 1]
dummy = candidates["dummy_prior"].fit(X_tr, y_tr)
p0 = dummy.predict_proba(X_te)[:, 1]

print("\n=== held-out test (scored once) ===")
print("model  AUC %.3f  AP %.3f  Brier %.4f" % (roc_auc_score(y_te, p), average_precision_score(y_te, p),
                                                brier_score_loss(y_te, p)))
print("dummy  AUC %.3f  AP %.3f  Brier %.4f" % (roc_auc_score(y_te, p0), average_precision_score(y_te, p0),
                                                brier_score_loss(y_te, p0)))

rng = np.random.default_rng(SEED)
yt = y_te.to_numpy()
boots = []
for _ in range(1000):
    idx = rng.choice(len(yt), len(yt), replace=True)
    if 0 < yt[idx].sum() < len(idx):
        boots.append(roc_auc_score(yt[idx], p[idx]) - roc_auc_score(yt[idx], p0[idx]))
print("AUC gain over dummy, 95%% CI: [%.3f, %.3f]" % tuple(np.percentile(boots, [2.5, 97.5])))

# submission model: same recipe, all labelled rows
full = candidates[winner].fit(raw, y)
sub = pd.read_csv("test.csv")
pd.DataFrame({"employee_id": sub["employee_id"],
              "prediction": full.predict_proba(sub[raw.columns])[:, 1]}).to_csv("predictions.csv", index=False)
