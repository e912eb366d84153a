"""CTR with negative downsampling of the training part and probability recalibration."""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.feature_extraction import FeatureHasher
from sklearn.metrics import log_loss, roc_auc_score
from sklearn.model_selection import train_test_split

TARGET = "click"
NEG_RATE = 0.15
SEED = 1234
HASHED = ["site_category", "app_category", "device_model", "device_type", "banner_pos", "ad_size"]
NUMERIC = ["hour_of_day", "dow", "ad_position_rank", "page_depth"]

df = pd.read_csv("train.csv")
train_part, hold = train_test_split(df, test_size=0.2, stratify=df[TARGET], random_state=SEED)

pos = train_part[train_part[TARGET] == 1]
neg = train_part[train_part[TARGET] == 0].sample(frac=NEG_RATE, random_state=SEED)
train_ds = pd.concat([pos, neg]).sample(frac=1.0, random_state=SEED)
print(f"training rows {len(train_part)} -> {len(train_ds)} after negative downsampling")

hasher = FeatureHasher(n_features=2**18, input_type="string")


def to_matrix(frame):
    tokens = frame[HASHED].astype(str).apply(lambda r: [f"{c}={v}" for c, v in r.items()], axis=1)
    hashed = hasher.transform(tokens)
    from scipy.sparse import hstack, csr_matrix

    return hstack([hashed, csr_matrix(frame[NUMERIC].values.astype(np.float32))]).tocsr()


X_tr, y_tr = to_matrix(train_ds), train_ds[TARGET].values
X_ho, y_ho = to_matrix(hold), hold[TARGET].values

params = dict(objective="binary", learning_rate=0.05, num_leaves=63, min_data_in_leaf=200,
              feature_fraction=0.5, lambda_l2=10.0, verbose=-1, seed=SEED)
booster = lgb.train(params, lgb.Dataset(X_tr, y_tr), num_boost_round=600)

p_sampled = booster.predict(X_ho)
p = p_sampled / (p_sampled + (1 - p_sampled) / NEG_RATE)

ctr_prior = train_part[TARGET].mean()
p_prior = np.full(len(y_ho), ctr_prior)
print(f"prior-CTR baseline  logloss {log_loss(y_ho, p_prior):.5f}  AUC 0.5000")
print(f"lgbm (recalibrated) logloss {log_loss(y_ho, p):.5f}  AUC {roc_auc_score(y_ho, p):.5f}")
print(f"lgbm (raw sampled)  logloss {log_loss(y_ho, p_sampled):.5f}")
print(f"mean predicted CTR {p.mean():.4f} vs observed {y_ho.mean():.4f}")
