# -----------------------------------------------------------------------------
# Avazu click-through rate model
# requirements: pandas, numpy, category_encoders, scikit-learn
# run:          python y16_ctr_target_encoding_train_only.py
# data:         download from the dataset page and place it next to this file
# notes:
#   - the 1M-row sample is drawn uniformly from the 40M-row competition file
#   - metrics go to stdout; artefacts to results/y16_ctr_target_encoding_train_only.*
#   - random seeds are fixed so reruns give the same numbers
# -----------------------------------------------------------------------------
"""Avazu CTR sample: target encoding learned from the training rows only."""
import numpy as np
import pandas as pd
import category_encoders as ce
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import log_loss, roc_auc_score
from sklearn.model_selection import train_test_split

HIGH_CARD = ["site_id", "site_domain", "site_category", "app_id", "app_domain",
             "app_category", "device_model"]
LOW_CARD = ["banner_pos", "device_type", "device_conn_type", "C1", "C18"]


def main(path="avazu_train_sample_1M.csv"):
    df = pd.read_csv(path, dtype=str)
    y = df["click"].astype(int)
    X = df[HIGH_CARD + LOW_CARD]

    X_train, X_test, y_train, y_test = train_test_split(
        X, y, test_size=0.2, random_state=2024)

    enc = ce.TargetEncoder(cols=HIGH_CARD, smoothing=20, min_samples_leaf=50)
    X_train_enc = enc.fit_transform(X_train, y_train)
    X_test_enc = enc.transform(X_test)

    X_train_enc = pd.get_dummies(X_train_enc, columns=LOW_CARD)
    X_test_enc = pd.get_dummies(X_test_enc, columns=LOW_CARD)
    X_test_enc = X_test_enc.reindex(columns=X_train_enc.columns, fill_value=0)

    clf = LogisticRegression(C=0.5, max_iter=300)
    clf.fit(X_train_enc, y_train)
    p = clf.predict_proba(X_test_enc)[:, 1]

    baseline = np.full(len(y_test), y_train.mean())
    print(f"baseline logloss {log_loss(y_test, baseline):.5f}")
    print(f"model    logloss {log_loss(y_test, p):.5f}  AUC {roc_auc_score(y_test, p):.4f}")


if __name__ == "__main__":
    main()
