#!/usr/bin/env python
# coding: utf-8


# # House prices - pipeline CV, then a separate refit for the Kaggle submission


# In[1]:


import numpy as np
import pandas as pd
import warnings
warnings.filterwarnings("ignore")


# In[2]:


train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(train.shape, test.shape)


# In[3]:


train["SalePrice"].describe()


# In[4]:


y = np.log1p(train["SalePrice"])
X = train.drop(["Id", "SalePrice"], axis=1)
num_cols = X.select_dtypes(include=np.number).columns.tolist()
cat_cols = X.select_dtypes(exclude=np.number).columns.tolist()
print(len(num_cols), "numeric,", len(cat_cols), "categorical")


# ## Cross-validation (everything that learns from data is inside the pipeline)


# In[5]:


from sklearn.compose import ColumnTransformer
from sklearn.pipeline import Pipeline
from sklearn.impute import SimpleImputer
from sklearn.preprocessing import StandardScaler, OneHotEncoder
from sklearn.linear_model import Ridge
from sklearn.dummy import DummyRegressor
from sklearn.model_selection import KFold, cross_val_score
pre = ColumnTransformer([
    ("num", Pipeline([("imp", SimpleImputer(strategy="median")), ("sc", StandardScaler())]), num_cols),
    ("cat", Pipeline([("imp", SimpleImputer(strategy="constant", fill_value="None")),
                      ("oh", OneHotEncoder(handle_unknown="ignore"))]), cat_cols),
])
ridge = Pipeline([("pre", pre), ("model", Ridge(alpha=15))])
kf = KFold(n_splits=5, shuffle=True, random_state=42)
rmse = -cross_val_score(ridge, X, y, cv=kf, scoring="neg_root_mean_squared_error")
rmse_dummy = -cross_val_score(DummyRegressor(), X, y, cv=kf, scoring="neg_root_mean_squared_error")
print("dummy RMSE: %.4f" % rmse_dummy.mean())
print("ridge RMSE: %.4f +/- %.4f" % (rmse.mean(), rmse.std()))


# ## Submission
# For the final model I preprocess train.csv and test.csv together (like most public kernels). test.csv has no SalePrice, so nothing below is scored.


# In[6]:


all_data = pd.concat([X, test.drop("Id", axis=1)], axis=0).reset_index(drop=True)
all_data[num_cols] = all_data[num_cols].fillna(all_data[num_cols].median())
all_data[cat_cols] = all_data[cat_cols].fillna("None")
all_data = pd.get_dummies(all_data)
from sklearn.preprocessing import RobustScaler
all_scaled = RobustScaler().fit_transform(all_data)
n_train = len(X)
final = Ridge(alpha=15).fit(all_scaled[:n_train], y)
sub = pd.DataFrame({"Id": test["Id"], "SalePrice": np.expm1(final.predict(all_scaled[n_train:]))})
sub.to_csv("submission.csv", index=False)
