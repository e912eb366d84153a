#!/usr/bin/env python
# coding: utf-8


# # Diabetes progression (sklearn toy dataset) - linear regression
# # Homework 3, question 2


# In[1]:


import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.datasets import load_diabetes


# In[2]:


X, y = load_diabetes(return_X_y=True, as_frame=True)
print(X.shape)
X.head()


# In[3]:


X.describe()


# In[4]:


pd.concat([X, y.rename("target")], axis=1).corr()["target"].sort_values()


# In[5]:


plt.scatter(X["bmi"], y)
plt.xlabel("bmi")
plt.ylabel("progression")
plt.show()


# In[6]:


from sklearn.linear_model import LinearRegression
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_squared_error, r2_score
reg = LinearRegression()
reg.fit(X, y)
y_hat = reg.predict(X)


# In[7]:


baseline = DummyRegressor(strategy="mean").fit(X, y)
print("baseline MSE:", mean_squared_error(y, baseline.predict(X)))
print("linreg MSE  :", mean_squared_error(y, y_hat))
print("linreg R2   :", r2_score(y, y_hat))


# In[8]:


for name, coef in zip(X.columns, reg.coef_):
    print(f"{name:>5s}: {coef:9.2f}")


# # The model explains about half of the variance (R2 = 0.52).
