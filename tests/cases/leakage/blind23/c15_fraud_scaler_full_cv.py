"""Fraud MLP experiment: repeated stratified CV on the development part,
then a single score on the untouched test part."""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.preprocessing import QuantileTransformer

SEED = 13
FEATURES = ["amount", "hour", "account_age_days", "txn_count_24h", "avg_amount_30d",
            "distance_from_home_km", "card_present", "country_mismatch"]


def repeated_stratified_folds(y, n_splits=5, n_repeats=3, seed=SEED):
    y = np.asarray(y)
    rng = np.random.default_rng(seed)
    for r in range(n_repeats):
        fold_of = np.empty(len(y), dtype=int)
        for cls in np.unique(y):
            idx = np.flatnonzero(y == cls)
            rng.shuffle(idx)
            fold_of[idx] = np.arange(len(idx)) % n_splits
        for k in range(n_splits):
            yield r, k, np.flatnonzero(fold_of != k), np.flatnonzero(fold_of == k)


class Prepared:
    def __init__(self, n_quantiles=200):
        self.qt = QuantileTransformer(n_quantiles=n_quantiles, output_distribution="normal",
                                      random_state=SEED)

    def fit(self, frame):
        self.fill_ = frame.median()
        self.qt.fit(frame.fillna(self.fill_))
        return self

    def transform(self, frame):
        return self.qt.transform(frame.fillna(self.fill_))


def make_model():
    return MLPClassifier(hidden_layer_sizes=(64, 32), alpha=1e-3, batch_size=512,
                         learning_rate_init=1e-3, max_iter=60, early_stopping=False,
                         random_state=SEED)


tx = pd.read_csv("data/transactions.csv")
X_dev, X_test, y_dev, y_test = train_test_split(tx[FEATURES], tx["is_fraud"], test_size=0.2,
                                                stratify=tx["is_fraud"], random_state=SEED)
y_dev = y_dev.to_numpy()

prep = Prepared().fit(X_dev)
Z_dev = prep.transform(X_dev)

records = []
for rep, fold, fit_idx, val_idx in repeated_stratified_folds(y_dev):
    model = make_model().fit(Z_dev[fit_idx], y_dev[fit_idx])
    dummy = DummyClassifier(strategy="prior").fit(Z_dev[fit_idx], y_dev[fit_idx])
    p = model.predict_proba(Z_dev[val_idx])[:, 1]
    records.append({
        "repeat": rep, "fold": fold,
        "ap": average_precision_score(y_dev[val_idx], p),
        "auc": roc_auc_score(y_dev[val_idx], p),
        "dummy_ap": average_precision_score(y_dev[val_idx], dummy.predict_proba(Z_dev[val_idx])[:, 1]),
    })

cv = pd.DataFrame(records)
print(cv.groupby("repeat")[["ap", "auc", "dummy_ap"]].mean().round(4))
print("CV AP %.4f +/- %.4f | AUC %.4f | dummy AP %.4f" % (cv.ap.mean(), cv.ap.std(), cv.auc.mean(), cv.dummy_ap.mean()))

final = make_model().fit(Z_dev, y_dev)
p_test = final.predict_proba(prep.transform(X_test))[:, 1]
print("test AP  %.4f" % average_precision_score(y_test, p_test))
print("test AUC %.4f" % roc_auc_score(y_test, p_test))
