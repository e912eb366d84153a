"""Online news popularity: RFECV on the training split, one test evaluation, then a report."""
import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.feature_selection import RFECV
from sklearn.inspection import permutation_importance
from sklearn.metrics import classification_report, roc_auc_score
from sklearn.model_selection import StratifiedKFold, train_test_split

SEED = 11

df = pd.read_csv("OnlineNewsPopularity.csv")
df.columns = [c.strip() for c in df.columns]
df["popular"] = (df["shares"] > 1400).astype(int)
print(df.shape, df["popular"].mean().round(3))

# quick look at which channels are popular (printed only)
channel_cols = [c for c in df.columns if c.startswith("data_channel_is_")]
for c in channel_cols:
    print(c, df.loc[df[c] == 1, "popular"].mean().round(3))

X = df.drop(columns=["url", "timedelta", "shares", "popular"])
y = df["popular"]
for c in ["n_tokens_content", "num_hrefs", "num_imgs", "num_videos", "kw_max_avg"]:
    X[c] = np.log1p(X[c].clip(lower=0))

X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.25, stratify=y, random_state=SEED
)

rf = RandomForestClassifier(n_estimators=150, min_samples_leaf=10, n_jobs=-1, random_state=SEED)
rfecv = RFECV(
    estimator=rf,
    step=4,
    min_features_to_select=10,
    cv=StratifiedKFold(4, shuffle=True, random_state=SEED),
    scoring="roc_auc",
    n_jobs=-1,
)
rfecv.fit(X_train, y_train)
kept = X_train.columns[rfecv.support_]
print("RFECV kept %d features" % len(kept))
print(list(kept))

final_rf = RandomForestClassifier(n_estimators=500, min_samples_leaf=5, n_jobs=-1, random_state=SEED)
final_rf.fit(X_train[kept], y_train)

proba = final_rf.predict_proba(X_test[kept])[:, 1]
print("test ROC AUC: %.4f" % roc_auc_score(y_test, proba))
print(classification_report(y_test, (proba >= 0.5).astype(int), digits=3))

# explanation only, after the score is recorded
perm = permutation_importance(final_rf, X_test[kept], y_test, scoring="roc_auc",
                              n_repeats=5, random_state=SEED, n_jobs=-1)
imp = pd.Series(perm.importances_mean, index=kept).sort_values(ascending=False)
print(imp.head(15).round(4))
