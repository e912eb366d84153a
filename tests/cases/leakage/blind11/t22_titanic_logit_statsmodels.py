"""Titanic survival with statsmodels Logit (formula API).

Model is fitted on a training split, evaluated on a held-out split, and compared with the
intercept-only (null) model which predicts the base survival rate for everybody.
"""
import numpy as np
import pandas as pd
import statsmodels.formula.api as smf
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score, log_loss, accuracy_score

titanic = pd.read_csv("titanic_train.csv")
titanic = titanic[["Survived", "Pclass", "Sex", "Age", "SibSp", "Parch", "Fare", "Embarked"]]
titanic = titanic.dropna(subset=["Age", "Embarked"])   # complete cases only, ~712 rows
titanic["Pclass"] = titanic["Pclass"].astype(str)
titanic["log_fare"] = np.log1p(titanic["Fare"])
print(titanic.shape)

tr, te = train_test_split(titanic, test_size=0.3, random_state=123, stratify=titanic["Survived"])

formula = "Survived ~ C(Pclass) + C(Sex) + Age + I(Age**2) + SibSp + Parch + log_fare + C(Embarked)"
logit = smf.logit(formula, data=tr).fit(disp=0)
print(logit.summary())

# odds ratios
or_table = pd.DataFrame({
    "OR": np.exp(logit.params),
    "2.5%": np.exp(logit.conf_int()[0]),
    "97.5%": np.exp(logit.conf_int()[1]),
})
print(or_table.round(3))

# null model = baseline
null = smf.logit("Survived ~ 1", data=tr).fit(disp=0)
print("McFadden pseudo R2 (train):", 1 - logit.llf / null.llf)

p_model = logit.predict(te)
p_null = null.predict(te)

print("held-out AUC      : %.3f" % roc_auc_score(te["Survived"], p_model))
print("held-out log loss : model %.3f | null baseline %.3f" % (
    log_loss(te["Survived"], p_model), log_loss(te["Survived"], p_null)))
print("held-out accuracy : model %.3f | null baseline %.3f" % (
    accuracy_score(te["Survived"], p_model > 0.5), accuracy_score(te["Survived"], p_null > 0.5)))

# Wald tests for the categorical blocks
print(logit.wald_test_terms())
